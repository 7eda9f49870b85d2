package probe;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import vn.khaothi.rules.Regulations;
import vn.khaothi.rules.SchoolYear;
import vn.khaothi.rules.online.AssessmentKind;

/** Answers three decisions through the facade; used only by rules/smoke-payara.sh. */
@WebServlet("/probe")
public class RulesProbe extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        long t0 = System.nanoTime();
        Regulations r = Regulations.forSchoolYear(SchoolYear.of(2025));
        var avg = r.subjectAverage(List.of(new BigDecimal("5.9"), new BigDecimal("5.1"), new BigDecimal("4.9")),
                new BigDecimal("6.2"), new BigDecimal("5.2"));
        var lvl = r.learningResult(List.of(new BigDecimal("8.0"), new BigDecimal("8.0"), new BigDecimal("8.0"),
                new BigDecimal("8.0"), new BigDecimal("8.0"), new BigDecimal("8.0"), new BigDecimal("8.0"),
                new BigDecimal("7.0"), new BigDecimal("7.0"), new BigDecimal("3.4")), 4, 0);
        var online = r.onlinePermission(AssessmentKind.FINAL, null, false, true);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        resp.setContentType("text/plain;charset=UTF-8");
        resp.getWriter().println("avg=" + avg.value() + " " + avg.citations());
        resp.getWriter().println("level=" + lvl.value() + " " + lvl.citations());
        resp.getWriter().println("online=" + online.value() + " " + online.citations());
        resp.getWriter().println("vi=" + lvl.reasons().get(lvl.reasons().size() - 1).vi());
        resp.getWriter().println("ms=" + ms);
    }
}

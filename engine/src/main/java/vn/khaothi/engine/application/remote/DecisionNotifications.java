package vn.khaothi.engine.application.remote;

import java.util.LinkedHashSet;
import java.util.Set;
import vn.khaothi.engine.domain.remote.RemoteDecision;
import vn.khaothi.engine.domain.remote.RemoteForm;
import vn.khaothi.engine.domain.remote.RemoteRequest;

/**
 * After a filing, tells those who may decide; after a decision, tells the student, the person who filed and the sitting's proctors (issue 7),
 * in the decision's transaction. Everyone gets the same facts; the decider is not told of their
 * own decision.
 */
public final class DecisionNotifications implements DecisionListener {

    /** A new request: the principal and any deputy holding a current delegation are told there is one to decide. */
    @Override
    public void filed(RemoteStore.Session session, RemoteRequest r) {
        DisplayNames directory = session.names();
        Set<String> deciders = new LinkedHashSet<>(directory.deciders(r.filedAt()));
        deciders.remove(r.filedBy());
        if (deciders.isEmpty()) {
            return;
        }
        DisplayNames.StudentInfo student = directory.student(r.studentId());
        String who = student.fullName() + (student.classCode() == null ? "" : " (" + student.classCode() + ")");
        String[] subject = directory.subjectName(r.sitting().subjectCode());
        String eligibleVi = r.eligibility().eligible() ? "đủ điều kiện theo quy định" : "không đủ điều kiện theo quy định";
        String eligibleEn = r.eligibility().eligible() ? "eligible by the rules" : "not eligible by the rules";
        for (String decider : deciders) {
            session.notifications().insert(decider, "REMOTE_REQUEST_FILED", r.id(), "Yêu cầu kiểm tra trực tuyến mới: " + who,
                    "New online assessment request: " + who,
                    r.sitting().kind().vi() + (subject[0].isEmpty() ? "" : " môn " + subject[0]) + "; lí do: "
                            + r.reason().vi() + "; " + eligibleVi + ". Người gửi: " + directory.displayName(r.filedBy()) + ".",
                    r.sitting().kind().en() + (subject[1].isEmpty() ? "" : " in " + subject[1]) + "; reason: "
                            + r.reason().en() + "; " + eligibleEn + ". Filed by " + directory.displayName(r.filedBy()) + ".",
                    "remote.html#request=" + r.id(), r.filedAt());
        }
    }

    @Override
    public void decided(RemoteStore.Session session, RemoteRequest r, RemoteDecision d) {
        DisplayNames directory = session.names();
        Set<String> recipients = new LinkedHashSet<>();
        recipients.add(r.studentId());
        recipients.add(r.filedBy());
        recipients.addAll(directory.proctors(r.sitting().sittingId()));
        recipients.remove(d.decidedBy());

        DisplayNames.StudentInfo student = directory.student(r.studentId());
        String who = student.fullName() + (student.classCode() == null ? "" : " (" + student.classCode() + ")");
        String[] subject = directory.subjectName(r.sitting().subjectCode());
        String sittingVi = r.sitting().kind().vi() + (subject[0].isEmpty() ? "" : " môn " + subject[0]);
        String sittingEn = r.sitting().kind().en() + (subject[1].isEmpty() ? "" : " in " + subject[1]);
        String signer = directory.displayName(d.decidedBy()) + (d.onBehalfOf() == null ? " (Hiệu trưởng)" : " (KT. Hiệu trưởng)");
        String signerEn = directory.displayName(d.decidedBy()) + (d.onBehalfOf() == null ? " (principal)"
                : " (deputy principal, on behalf of the principal)");

        String kind;
        String titleVi;
        String titleEn;
        String bodyVi;
        String bodyEn;
        String note = d.note() == null ? "" : d.note();
        if (d.approved()) {
            kind = "REMOTE_REQUEST_APPROVED";
            titleVi = "Đã duyệt kiểm tra trực tuyến: " + who;
            titleEn = "Online assessment approved: " + who;
            boolean proctored = d.form() == RemoteForm.ONLINE_PROCTORED;
            bodyVi = sittingVi + ": được kiểm tra trực tuyến, hình thức "
                    + (proctored ? "làm bài trực tuyến có giám sát" : "vấn đáp trực tuyến") + ". Người quyết định: " + signer
                    + (note.isEmpty() ? "." : ". Ghi chú: " + note);
            bodyEn = sittingEn + ": may be taken online, as "
                    + (proctored ? "a proctored online test" : "an online oral examination") + ". Decided by " + signerEn
                    + (note.isEmpty() ? "." : ". Note: " + note);
        } else {
            kind = "REMOTE_REQUEST_REJECTED";
            titleVi = "Không duyệt kiểm tra trực tuyến: " + who;
            titleEn = "Online assessment not approved: " + who;
            bodyVi = sittingVi + ": không được kiểm tra trực tuyến; học sinh kiểm tra bù trực tiếp tại trường. Lí do: "
                    + note + ". Người quyết định: " + signer + ".";
            bodyEn = sittingEn + ": not online; the student sits a make-up test in person at school. Reason: "
                    + note + ". Decided by " + signerEn + ".";
        }
        for (String recipient : recipients) {
            session.notifications().insert(recipient, kind, r.id(), titleVi, titleEn, bodyVi, bodyEn,
                    "remote.html#request=" + r.id(), d.decidedAt());
        }
    }
}

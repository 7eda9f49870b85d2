package vn.khaothi.engine.application.deadlines;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import vn.khaothi.rules.Decision;
import vn.khaothi.rules.Reason;
import vn.khaothi.rules.Regulations;
import vn.khaothi.rules.SchoolYear;
import vn.khaothi.rules.directives.PaperSlotFinding;
import vn.khaothi.rules.directives.PeriodicPaperSlot;
import vn.khaothi.rules.directives.PeriodicPoint;

/**
 * The directive's paper deadlines (Tân Hồng 1334/PGDĐT, regulations.md §5) for the sittings the
 * school has actually scheduled: for every midterm or end-of-semester sitting of the current school
 * year, is its paper approved by the subject group, then by the principal, by the last 28th before
 * the sitting? Every status, reason and citation is the rules' answer
 * ({@link Regulations#periodicPaperDeadlines}); this class only reads the stored facts:
 * <ul>
 *   <li>the point (GK1, CK1, GK2, CK2) from the sitting's kind and the semester holding its day
 *       (the last semester begun by then, semester 1 before the first);</li>
 *   <li>the due month from the sitting's day ({@link PeriodicPaperSlot#forSitting});</li>
 *   <li>the approvals from {@code paper_approval} (the first approving decision of each step);</li>
 *   <li>publication: the bank has no separate step — an approved paper is released to the sitting's
 *       teachers at once — so it is the principal's approval.</li>
 * </ul>
 * A sitting with neither its own nor its paper's subject and grade is left out (nothing to attribute
 * it to). Dates are Vietnam's (UTC+7). Stateless and thread-safe.
 */
public final class PaperDeadlines {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final String SUBJECT_NAMES = "SELECT code, name_vi, name_en FROM subject";

    private static final String CURRENT_YEAR = "SELECT id, code FROM school_year WHERE is_current = TRUE ORDER BY starts_on DESC LIMIT 1";

    private static final String SITTINGS = "SELECT s.id, s.title, s.assessment_kind, s.opens_at, s.paper_id,"
            + " COALESCE(s.subject_code, p.subject_code) AS subject, COALESCE(s.grade, p.grade) AS grade,"
            + " sc.code AS class_code, p.title AS paper_title, p.status AS paper_status,"
            + " (SELECT MIN(a.decided_at) FROM paper_approval a WHERE a.paper_id = s.paper_id AND a.step = 'GROUP' AND a.approved) AS group_at,"
            + " (SELECT MIN(a.decided_at) FROM paper_approval a WHERE a.paper_id = s.paper_id AND a.step = 'PRINCIPAL' AND a.approved) AS principal_at,"
            + " COALESCE((SELECT MAX(se.number) FROM semester se WHERE se.school_year_id = y.id"
            + "   AND se.starts_on <= DATE(DATE_ADD(s.opens_at, INTERVAL 7 HOUR))), 1) AS semester"
            + " FROM sitting s JOIN school_year y ON y.id = ?"
            + " LEFT JOIN paper p ON p.id = s.paper_id LEFT JOIN school_class sc ON sc.id = s.class_id"
            + " WHERE s.assessment_kind IN ('MIDTERM', 'FINAL')"
            + " AND DATE(DATE_ADD(s.opens_at, INTERVAL 7 HOUR)) BETWEEN y.starts_on AND y.ends_on"
            + " AND COALESCE(s.subject_code, p.subject_code) IS NOT NULL AND COALESCE(s.grade, p.grade) BETWEEN 1 AND 12"
            + " ORDER BY s.opens_at, s.id";

    private final DataSource dataSource;
    private final Function<SchoolYear, Regulations> rules;
    private final Clock clock;

    public PaperDeadlines(DataSource dataSource, Function<SchoolYear, Regulations> rules, Clock clock) {
        this.dataSource = dataSource;
        this.rules = rules;
        this.clock = clock;
    }

    /** One scheduled periodic sitting and the rules' answer about its paper. */
    public record Row(long sittingId, String sittingTitle, String classCode, String subject, String subjectVi,
                      String subjectEn, int grade, String kind,
                      PeriodicPoint point, Instant opensAt, LocalDate sittingDay, long paperId, String paperTitle,
                      String paperStatus, LocalDate groupApprovedOn, LocalDate principalApprovedOn, LocalDate deadline,
                      String status, boolean approvalOutOfOrder, List<String> missing, List<Reason> reasons,
                      List<String> citations) {

        public Row {
            missing = List.copyOf(missing);
            reasons = List.copyOf(reasons);
            citations = List.copyOf(citations);
        }
    }

    /** The current school year's periodic sittings, in the order they open; empty when no year is current. */
    public record Report(String schoolYear, LocalDate today, List<Row> rows) {

        public Report {
            rows = List.copyOf(rows);
        }

        /** The distinct citations of all rows, in first-seen order. */
        public List<String> citations() {
            return rows.stream().flatMap(r -> r.citations().stream()).distinct().toList();
        }
    }

    /** The report on today's date in Vietnam. */
    public Report current() {
        LocalDate today = LocalDate.now(clock.withZone(VIETNAM));
        try (Connection c = dataSource.getConnection()) {
            long yearId;
            String yearCode;
            try (PreparedStatement select = c.prepareStatement(CURRENT_YEAR); ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return new Report(null, today, List.of());
                }
                yearId = rs.getLong("id");
                yearCode = rs.getString("code");
            }
            Map<String, String[]> names = new HashMap<>();
            try (PreparedStatement select = c.prepareStatement(SUBJECT_NAMES); ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    names.put(rs.getString("code"), new String[] {rs.getString("name_vi"), rs.getString("name_en")});
                }
            }
            Regulations regulations = rules.apply(SchoolYear.parse(yearCode));
            List<Row> rows = new ArrayList<>();
            Map<PeriodicPaperSlot, Decision<List<PaperSlotFinding>>> asked = new HashMap<>();
            try (PreparedStatement select = c.prepareStatement(SITTINGS)) {
                select.setLong(1, yearId);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        rows.add(row(rs, regulations, today, asked, names));
                    }
                }
            }
            return new Report(yearCode, today, rows);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the periodic sittings", e);
        }
    }

    private static Row row(ResultSet rs, Regulations regulations, LocalDate today,
                           Map<PeriodicPaperSlot, Decision<List<PaperSlotFinding>>> asked,
                           Map<String, String[]> names) throws SQLException {
        String kind = rs.getString("assessment_kind");
        Instant opensAt = instant(rs, "opens_at");
        LocalDate day = opensAt.atZone(VIETNAM).toLocalDate();
        PeriodicPoint point = PeriodicPoint.of("MIDTERM".equals(kind), rs.getInt("semester"));
        String subject = rs.getString("subject");
        int grade = rs.getInt("grade");
        LocalDate group = vietnamDate(rs, "group_at");
        LocalDate principal = vietnamDate(rs, "principal_at");
        // A principal's approval releases the paper: it is the publication the directive asks for.
        PeriodicPaperSlot slot = PeriodicPaperSlot.forSitting(subject, grade, point, day,
                group, principal, principal);
        // Sittings of several classes with one paper ask the same question: asked once.
        Decision<List<PaperSlotFinding>> decision = asked.computeIfAbsent(slot,
                s -> regulations.periodicPaperDeadlines(List.of(s), today));
        PaperSlotFinding status = decision.value().get(0);
        boolean outOfOrder = decision.value().stream().anyMatch(f -> "APPROVAL_OUT_OF_ORDER".equals(f.status()));
        String[] name = names.getOrDefault(subject, new String[] {subject, subject});
        return new Row(rs.getLong("id"), rs.getString("title"), rs.getString("class_code"), subject, name[0], name[1], grade,
                kind, point,
                opensAt, day, rs.getLong("paper_id"), rs.getString("paper_title"), rs.getString("paper_status"), group,
                principal, status.deadline(), status.status(), outOfOrder, status.missing(), decision.reasons(), decision.citations());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime utc = rs.getObject(column, LocalDateTime.class);
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }

    private static LocalDate vietnamDate(ResultSet rs, String column) throws SQLException {
        Instant at = instant(rs, column);
        return at == null ? null : at.atZone(VIETNAM).toLocalDate();
    }
}

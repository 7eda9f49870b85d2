package vn.khaothi.engine.application.deadlines;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
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
 * ({@link Regulations#periodicPaperDeadlines}); this class only reads the stored facts ({@link PeriodicSittings}):
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

    private final PeriodicSittings sittings;
    private final Function<SchoolYear, Regulations> rules;
    private final Clock clock;

    public PaperDeadlines(PeriodicSittings sittings, Function<SchoolYear, Regulations> rules, Clock clock) {
        this.sittings = sittings;
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
        Optional<PeriodicSittings.CurrentYear> year = sittings.currentYear();
        if (year.isEmpty()) {
            return new Report(null, today, List.of());
        }
        Regulations regulations = rules.apply(SchoolYear.parse(year.get().code()));
        Map<PeriodicPaperSlot, Decision<List<PaperSlotFinding>>> asked = new HashMap<>();
        List<Row> rows = year.get().sittings().stream()
                .map(s -> row(s, regulations, today, asked, year.get().subjectNames())).toList();
        return new Report(year.get().code(), today, rows);
    }

    private static Row row(PeriodicSittings.Scheduled s, Regulations regulations, LocalDate today,
                           Map<PeriodicPaperSlot, Decision<List<PaperSlotFinding>>> asked,
                           Map<String, String[]> names) {
        LocalDate day = s.opensAt().atZone(VIETNAM).toLocalDate();
        PeriodicPoint point = PeriodicPoint.of("MIDTERM".equals(s.kind()), s.semester());
        LocalDate group = vietnamDate(s.groupApprovedAt());
        LocalDate principal = vietnamDate(s.principalApprovedAt());
        // A principal's approval releases the paper: it is the publication the directive asks for.
        PeriodicPaperSlot slot = PeriodicPaperSlot.forSitting(s.subject(), s.grade(), point, day,
                group, principal, principal);
        // Sittings of several classes with one paper ask the same question: asked once.
        Decision<List<PaperSlotFinding>> decision = asked.computeIfAbsent(slot,
                k -> regulations.periodicPaperDeadlines(List.of(k), today));
        PaperSlotFinding status = decision.value().get(0);
        boolean outOfOrder = decision.value().stream().anyMatch(f -> "APPROVAL_OUT_OF_ORDER".equals(f.status()));
        String[] name = names.getOrDefault(s.subject(), new String[] {s.subject(), s.subject()});
        return new Row(s.sittingId(), s.title(), s.classCode(), s.subject(), name[0], name[1], s.grade(),
                s.kind(), point, s.opensAt(), day, s.paperId(), s.paperTitle(), s.paperStatus(), group,
                principal, status.deadline(), status.status(), outOfOrder, status.missing(), decision.reasons(), decision.citations());
    }

    private static LocalDate vietnamDate(Instant at) {
        return at == null ? null : at.atZone(VIETNAM).toLocalDate();
    }
}

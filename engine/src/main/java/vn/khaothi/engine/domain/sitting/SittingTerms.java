package vn.khaothi.engine.domain.sitting;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.khaothi.engine.domain.gradebook.Columns;

/**
 * What a teacher asks for when creating a sitting, once its own rules hold — the ones that need
 * nothing stored: a known mode and review policy, a window that closes after it opens, either a
 * class or a list of students, a well-formed gradebook column. What needs the paper is
 * {@link #durationWith}; what needs the roster is {@link PlannedSitting#plan}.
 *
 * @param classCode      the class sitting it, or null with {@code students}
 * @param students       usernames, empty with {@code classCode}
 * @param title          as asked (null or blank: the paper's)
 * @param accommodations username → extra minutes, before the start
 * @param gradebookColumn TX1…TX9, GK or CK that publishing the results writes (issue 13), or null
 * @param stagger        the staggered start (issue 19), {@link StaggeredStart#NONE} without one
 */
public record SittingTerms(SittingMode mode, ReviewPolicy reviewPolicy, Instant opensAt, Instant closesAt,
                           String classCode, List<String> students, String title, boolean admissionRequired,
                           Map<String, Integer> accommodations, String gradebookColumn, StaggeredStart stagger) {

    /** The longest time a sitting lasts, and the most extra time an accommodation gives (minutes). */
    public static final int MAX_MINUTES = 600;

    public SittingTerms {
        students = List.copyOf(students);
        accommodations = Map.copyOf(accommodations);
    }

    /**
     * Checks a request in the order the page shows its fields; the first rule broken is refused
     * ({@link InvalidSitting} on its field).
     */
    public static SittingTerms parse(String mode, String reviewPolicy, Instant opensAt, Instant closesAt,
                                     String classCode, List<String> students, String title, boolean admissionRequired,
                                     Map<String, Integer> accommodations, String gradebookColumn, Integer staggerSeconds) {
        String column = gradebookColumn == null || gradebookColumn.isBlank() ? null
                : gradebookColumn.strip().toUpperCase(Locale.ROOT);
        if (column != null && !Columns.wellFormed(column)) {
            throw InvalidSitting.field("gradebookColumn", "gradebookColumn is TX1…TX9, GK or CK");
        }
        SittingMode m = SittingMode.parse(mode);
        ReviewPolicy review = ReviewPolicy.parse(reviewPolicy);
        if (opensAt == null || closesAt == null || !closesAt.isAfter(opensAt)) {
            throw InvalidSitting.field("closesAt", "opensAt and closesAt are required, closesAt after opensAt");
        }
        List<String> list = students == null ? List.of() : students;
        boolean byClass = classCode != null && !classCode.isBlank();
        if (byClass == !list.isEmpty()) {
            throw InvalidSitting.field("students", "Give either classCode or a list of students, not both");
        }
        return new SittingTerms(m, review, opensAt, closesAt, byClass ? classCode : null, list, title,
                admissionRequired, accommodations == null ? Map.of() : accommodations, column,
                staggerSeconds == null ? StaggeredStart.NONE : new StaggeredStart(staggerSeconds));
    }

    public boolean byClass() {
        return classCode != null;
    }

    /**
     * The duration with this paper: the one asked for, else the paper's. Only an APPROVED paper with
     * at least one version may be used (409 PAPER_NOT_APPROVED, PAPER_HAS_NO_VERSION); the duration
     * is 1–600 minutes and fits in the window.
     */
    public int durationWith(SittingPaper paper, Integer requestedMinutes) {
        if (!paper.approved()) {
            throw InvalidSitting.conflict("PAPER_NOT_APPROVED",
                    "Only an APPROVED paper can be used by a sitting; this one is " + paper.status());
        }
        if (paper.versions().isEmpty()) {
            throw InvalidSitting.conflict("PAPER_HAS_NO_VERSION", "The paper has no version to deliver");
        }
        int duration = requestedMinutes == null ? paper.durationMinutes() : requestedMinutes;
        if (duration < 1 || duration > MAX_MINUTES) {
            throw InvalidSitting.field("durationMinutes", "durationMinutes is 1-600");
        }
        if (Duration.between(opensAt, closesAt).toMinutes() < duration) {
            throw InvalidSitting.field("closesAt", "The window is shorter than the duration");
        }
        return duration;
    }
}

package vn.khaothi.engine.domain.sitting;

import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import vn.khaothi.rules.online.AssessmentKind;

/**
 * A sitting (buổi kiểm tra) as stored: one approved paper delivered to a roster in a window, for
 * {@code durationMinutes} each. Its facts do not change once it is created; where it stands
 * ({@link SittingPhase}) follows from its window and the clock. How one is created is
 * {@link PlannedSitting}'s.
 *
 * @param assessmentKind the paper's kind (the regulations' {@link AssessmentKind}), copied at creation
 * @param classCode      the class sitting it, or null for a list of students
 * @param createdBy      the creator's username, or null
 * @param stagger        when each student is first admitted after the opening ({@link StaggeredStart})
 */
public record Sitting(long id, long paperId, String title, AssessmentKind assessmentKind, String subjectCode,
                      Integer grade, SittingMode mode, Instant opensAt, Instant closesAt, int durationMinutes,
                      String classCode, boolean admissionRequired, ReviewPolicy reviewPolicy, String createdBy,
                      Instant createdAt, StaggeredStart stagger) {

    /**
     * The roles of the school's staff: who may create a sitting (a teacher for the classes they
     * teach, the subject group and the management for any) and who may proctor one.
     */
    public static final Set<String> STAFF_ROLES = Set.of("TEACHER", "DEPARTMENT_HEAD", "PRINCIPAL", "DEPUTY_PRINCIPAL", "ADMIN");

    public Sitting {
        Objects.requireNonNull(assessmentKind, "assessmentKind");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(reviewPolicy, "reviewPolicy");
        Objects.requireNonNull(opensAt, "opensAt");
        Objects.requireNonNull(closesAt, "closesAt");
        Objects.requireNonNull(stagger, "stagger");
    }

    /** A member of staff: holds one of {@link #STAFF_ROLES}. */
    public static boolean isStaff(Collection<String> roles) {
        return roles.stream().anyMatch(STAFF_ROLES::contains);
    }

    public boolean online() {
        return mode == SittingMode.ONLINE;
    }

    /** Where the sitting stands at {@code now}: the window is [opensAt, closesAt). */
    public SittingPhase phaseAt(Instant now) {
        if (now.isBefore(opensAt)) {
            return SittingPhase.NOT_OPEN;
        }
        return now.isBefore(closesAt) ? SittingPhase.OPEN : SittingPhase.CLOSED;
    }

    public boolean isOpenAt(Instant now) {
        return phaseAt(now) == SittingPhase.OPEN;
    }

    /** When this student may first start: the opening, or later within a staggered start. */
    public Instant admitAt(String studentUsername) {
        return stagger.admitAt(opensAt, id, studentUsername);
    }

    /** Whether a student sees the results of their attempt now ({@link ReviewPolicy#showsResults}). */
    public boolean showsResults(boolean attemptClosed, Instant now) {
        return reviewPolicy.showsResults(attemptClosed, closesAt, now);
    }
}

package vn.khaothi.engine.application.deadlines;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stored facts {@link PaperDeadlines} asks the rules about: the current school year's midterm
 * and end-of-semester sittings with their papers' approvals. A read model, implemented in
 * {@code infrastructure.jdbc}; it decides nothing.
 */
public interface PeriodicSittings {

    /**
     * One scheduled periodic sitting: its subject and grade are its own or its paper's; the
     * approvals are the first approving decision of each step (null when none); {@code semester}
     * is the last semester begun by the sitting's day in Vietnam (1 before the first).
     */
    record Scheduled(long sittingId, String title, String kind, Instant opensAt, long paperId, String subject,
                     int grade, String classCode, String paperTitle, String paperStatus, Instant groupApprovedAt,
                     Instant principalApprovedAt, int semester) {
    }

    /** The current year's code, the subjects' names by code ({vi, en}) and its sittings in the order they open. */
    record CurrentYear(String code, Map<String, String[]> subjectNames, List<Scheduled> sittings) {
    }

    /** Empty when no school year is current. */
    Optional<CurrentYear> currentYear();
}

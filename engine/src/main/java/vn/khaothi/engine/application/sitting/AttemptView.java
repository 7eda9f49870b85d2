package vn.khaothi.engine.application.sitting;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.khaothi.engine.domain.attempt.AnswerStep;
import vn.khaothi.engine.domain.attempt.AttemptStatus;
import vn.khaothi.engine.domain.attempt.SubmitReason;

/**
 * An attempt (bài làm) as {@code GET /attempts/{id}} shows it to its owner or the sitting's staff.
 * What the viewer may see is decided here: {@code score} is null unless {@code scoreVisible};
 * {@code items} is null when the items are not shown (a closed attempt to its owner, issue 11);
 * {@code results} is null unless the results are visible and the attempt is closed.
 *
 * @param answers the current answer of each item (its highest seq), by item id
 */
public record AttemptView(long attemptId, long sittingId, String studentId, AttemptStatus status, String versionCode,
                          Instant deadline, Instant serverTime, long remainingSeconds, Instant submittedAt,
                          SubmitReason submitReason, boolean scoreVisible, BigDecimal score, long lastSeq,
                          Map<Long, AnswerStep> answers, ShownVersion items, List<ItemResult> results) {

    /** One item's result: points of maxPoints and its score state (CORRECT, PARTIAL, WRONG, NEEDS_GRADING…). */
    public record ItemResult(long itemId, int position, BigDecimal points, BigDecimal maxPoints, String state) {
    }

    /** The seq of the newest current answer, 0 without one (the client resumes its counter from it). */
    public static long lastSeq(Map<Long, AnswerStep> answers) {
        return answers.values().stream().mapToLong(AnswerStep::seq).max().orElse(0);
    }
}

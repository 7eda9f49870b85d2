package vn.khaothi.engine.application.paper;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A stored paper as the REST API shows it (api-contract.md "Papers"); never sent to students. */
public record PaperView(long id, String title, String subject, int grade, String kind, String status, String mode,
                        long seed, int durationMinutes, BigDecimal totalPoints, Double difficultySpread,
                        List<String> warnings, Long supersedes, String createdBy, Instant createdAt,
                        List<Version> versions, List<Approval> approvals,
                        List<Map<String, Object>> warningDetails) {

    /** The warnings with a code and parameters each (issue 17): the page says them in its language. */
    public PaperView(long id, String title, String subject, int grade, String kind, String status, String mode,
                     long seed, int durationMinutes, BigDecimal totalPoints, Double difficultySpread,
                     List<String> warnings, Long supersedes, String createdBy, Instant createdAt,
                     List<Version> versions, List<Approval> approvals) {
        this(id, title, subject, grade, kind, status, mode, seed, durationMinutes, totalPoints, difficultySpread, warnings,
                supersedes, createdBy, createdAt, versions, approvals,
                vn.khaothi.itembank.application.Problems.describeEach(warnings));
    }

    /** One version: its items in position order and its key, position → "B" / "Đ S Đ Đ" / "12,5". */
    public record Version(String code, Double meanDifficulty, List<Item> items, Map<String, String> answerKey) {
    }

    /** @param optionOrder the option (statement, element) ids in the order this version shows them */
    public record Item(long itemId, int itemVersion, int position, String part, BigDecimal points,
                       List<String> optionOrder) {
    }

    public record Approval(String step, boolean approved, String note, String decidedBy, Instant decidedAt) {
    }
}

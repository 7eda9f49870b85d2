package vn.khaothi.engine.domain.paper;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.khaothi.itembank.application.assembly.PlacedItem;
import vn.khaothi.itembank.domain.blueprint.BlueprintCell;

/**
 * Where papers (đề kiểm tra) are kept, in the caller's transaction: a paper never changes once
 * written except its status, which moves only from the status read (so two concurrent approvals
 * cannot both pass). Implemented in {@code infrastructure.paper}; the bank's own tables are the item
 * bank's {@code PaperSupply}, never read here.
 */
public interface PaperRepository {

    /** A paper as generated, before it is stored; its blueprint is kept as it was asked. */
    record NewPaper(String title, String subject, int grade, String kind, PaperStatus status, String mode, long seed,
                    int durationMinutes, BigDecimal totalPoints, List<BlueprintCell> blueprint, Double difficultySpread,
                    List<String> warnings, Long supersedes, String createdBy, Instant createdAt) {
    }

    /** One stored paper without its versions. */
    record StoredPaper(long id, String title, String subject, int grade, String kind, String status, String mode,
                       long seed, int durationMinutes, BigDecimal totalPoints, Double difficultySpread,
                       List<String> warnings, Long supersedes, String createdBy, Instant createdAt) {
    }

    /** One stored version with its placed items (position order) and their keys (same order). */
    record StoredVersion(long id, String code, Double meanDifficulty, List<PlacedItem> items, List<String> keys) {
    }

    /** One approval step taken. */
    record ApprovalStep(String step, boolean approved, String note, String decidedBy, Instant decidedAt) {
    }

    /** A paper in a list: no versions, their number only. */
    record Listed(long id, String title, String kind, String status, int durationMinutes, int versions,
                  String createdBy, Instant createdAt) {
    }

    /** What a printed paper's header names: the school, the subject (its code when unnamed), the current year or null. */
    record PrintHeader(String school, String subject, String schoolYear) {
    }

    long insert(NewPaper paper);

    void insertVersion(long paperId, int ordinal, String code, Double meanDifficulty, List<PlacedItem> items,
                       List<String> keys);

    void insertApproval(long paperId, String step, boolean approved, String note, String by, Instant at);

    /** Moves the status only from {@code from}; false when someone moved it first. */
    boolean moveStatus(long paperId, PaperStatus from, PaperStatus to);

    /** The bank items a paper placed, each once (an approval counts their exposure). */
    List<Long> itemIds(long paperId);

    /** Item id → in how many of the latest {@code window} APPROVED papers of the subject and grade it stands. */
    Map<Long, Integer> recentExposure(String subject, int grade, int window);

    Optional<StoredPaper> byId(long id);

    /** The paper's versions in their order. */
    List<StoredVersion> versions(long paperId);

    /** The approval steps taken, oldest first. */
    List<ApprovalStep> approvals(long paperId);

    /** The latest papers of a subject and grade, newest first (at most 100). */
    List<Listed> latest(String subject, int grade);

    PrintHeader header(String subject);
}

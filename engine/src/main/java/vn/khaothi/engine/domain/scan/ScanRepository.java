package vn.khaothi.engine.domain.scan;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.khaothi.engine.domain.attempt.AnswerStep;
import vn.khaothi.engine.domain.audit.AuditEntry;
import vn.khaothi.engine.domain.audit.AuditEvent;

/**
 * Where scanned answer sheets (phiếu trả lời trắc nghiệm quét) are kept: a batch of pages for one
 * sitting, each page a sheet with its image, what was read on it and its review status. What must
 * change together is one method — a correction and its audit record, a sheet's answers and the
 * attempt's steps — done in one transaction (the caller's, when it has one). Implemented in
 * {@code infrastructure/scan}; a storage failure is an unchecked exception, never a refusal.
 */
public interface ScanRepository {

    /** A batch: PROCESSING while pages are read, then DONE, CONFIRMED or FAILED. */
    record Batch(long id, long sittingId, String status, int pagesTotal, int pagesDone, String createdBy) {
    }

    /**
     * A sheet without its image. {@code answers}, {@code problems} and {@code marks} are the stored
     * JSON text of what was read (the scan's own format, kept as read).
     */
    record Sheet(long id, long batchId, int page, int imageWidth, int imageHeight, String studentNumber,
                 Long studentId, String versionCode, String answers, String problems, String marks, String status,
                 Long attemptId, BigDecimal score) {
    }

    /** A student of a sitting, found by the số báo danh on a sheet. */
    record Candidate(long studentId, String username, String name, String studentNumber) {
    }

    long createBatch(long sittingId, String username, Instant now);

    /** Adds pages to a batch (back to PROCESSING), the batch locked meanwhile: the first new page's number. */
    int reservePages(long batchId, int pages);

    /** One more page read; the batch is DONE when every reserved page is. */
    void pageDone(long batchId);

    /** The reading broke off: the pages it did not read are given up, and the batch says FAILED. */
    void failed(long batchId, int unread);

    void confirmed(long batchId, String username, Instant now);

    Optional<Batch> batch(long id);

    void insertSheet(long batchId, int page, byte[] jpeg, int width, int height, Sheet sheet);

    /** A batch's sheets by page. */
    List<Sheet> sheets(long batchId);

    Optional<Sheet> sheet(long id);

    Optional<byte[]> image(long sheetId);

    /** Writes a sheet's read (or confirmed) fields. */
    void updateSheet(Sheet sheet);

    /** A teacher's correction: the sheet's new fields and the audit event that records it, together. */
    void correct(Sheet after, AuditEvent correction);

    /** The audit trail of one subject (a sheet's corrections), oldest first. */
    List<AuditEntry> corrections(String subject);

    /**
     * The answers read from a student's sheet become their not-yet-started attempt's steps (source
     * SCAN) on the version written on the sheet, all together.
     */
    void recordAnswers(long attemptId, long versionId, String versionCode, Collection<AnswerStep> steps, Instant now);

    /** The sitting's students by số báo danh. */
    Map<String, Candidate> candidates(long sittingId);

    /** Teaches the subject (to any class), by account. */
    boolean teachesSubject(String username, String subjectCode);
}

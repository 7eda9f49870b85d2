package vn.khaothi.engine.infrastructure.attempt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.khaothi.engine.domain.attempt.AnswerStep;
import vn.khaothi.engine.domain.audit.AuditEntry;
import vn.khaothi.engine.domain.audit.AuditEvent;
import vn.khaothi.engine.domain.scan.ScanRepository;
import vn.khaothi.engine.infrastructure.database.LocalTransactions;
import vn.khaothi.engine.infrastructure.scan.ScanStore;
import vn.khaothi.engine.infrastructure.sitting.MarkStore;
import vn.khaothi.engine.infrastructure.sitting.SittingRows.ItemScore;
import vn.khaothi.engine.infrastructure.sitting.StorageFailure;

/**
 * The stores that write more than one row at once do it in the {@code Transactions} port (JTA's in
 * the container, here {@link LocalTransactions}): all or nothing on their own, and inside a caller's
 * transaction they join it, so a use case that fails later takes their rows back too.
 */
class TransactionalStoresTest {

    private static AttemptDatabase db;
    private static LocalTransactions transactions;
    private static MarkStore marks;
    private static ScanStore scans;

    @BeforeAll
    static void start() throws Exception {
        db = AttemptDatabase.start("transactional-stores-data");
        transactions = new LocalTransactions(db.dataSource);
        marks = new MarkStore(db.dataSource, transactions);
        scans = new ScanStore(db.dataSource, transactions);
    }

    @AfterAll
    static void stop() {
        if (db != null) {
            db.close();
        }
    }

    private static ItemScore score(long itemId, String points) {
        return new ItemScore(itemId, (int) itemId, new BigDecimal(points), BigDecimal.ONE, "CORRECT");
    }

    private static long scores(long attemptId) throws Exception {
        return db.count("SELECT COUNT(*) FROM attempt_item_score WHERE attempt_id = ?", attemptId);
    }

    @Test
    void anAttemptsScoresAreWrittenAllOrNone() throws Exception {
        long attempt = db.newAttempts(1).get(0);
        // the second row breaks ck_item_score_points (points above the item's maximum)
        assertThrows(StorageFailure.class, () -> marks.insertScores(attempt, List.of(score(1, "1"), score(2, "5"))));
        assertEquals(0, scores(attempt), "the first row went back with the second");
        marks.insertScores(attempt, List.of(score(1, "1"), score(2, "0.5")));
        assertEquals(2, scores(attempt));
        assertEquals(List.of(1L, 2L), marks.scores(attempt).stream().map(ItemScore::itemId).toList());
    }

    @Test
    void aStoreJoinsTheCallersTransaction() throws Exception {
        long attempt = db.newAttempts(1).get(0);
        IllegalStateException later = assertThrows(IllegalStateException.class, () -> transactions.required(c -> {
            marks.insertScores(attempt, List.of(score(1, "1")));
            assertEquals(1, count(c, "SELECT COUNT(*) FROM attempt_item_score WHERE attempt_id = " + attempt),
                    "written on the caller's connection");
            throw new IllegalStateException("the use case fails after the scores");
        }));
        assertEquals("the use case fails after the scores", later.getMessage());
        assertEquals(0, scores(attempt), "rolled back with the caller's transaction, not committed on their own");
    }

    @Test
    void pagesAreReservedInOrderAndSheetsKeepWhatWasRead() throws Exception {
        long sitting = sittingOf(db.newAttempts(1).get(0));
        long batch = scans.createBatch(sitting, "gv.toan", Instant.parse("2026-12-03T08:00:00Z"));
        assertEquals(1, scans.reservePages(batch, 2));
        assertEquals(3, scans.reservePages(batch, 1), "a second upload continues after the first");
        scans.insertSheet(batch, 1, new byte[] {1, 2, 3}, 10, 20, sheet(0, "{\"1\":\"B\"}", "READ"));
        scans.pageDone(batch);
        ScanRepository.Batch stored = scans.batch(batch).orElseThrow();
        assertEquals(3, stored.pagesTotal());
        assertEquals(1, stored.pagesDone());
        assertEquals("PROCESSING", stored.status());
        List<ScanRepository.Sheet> sheets = scans.sheets(batch);
        assertEquals(1, sheets.size());
        assertEquals("{\"1\": \"B\"}".replace(" ", ""), sheets.get(0).answers().replace(" ", ""));
        assertEquals(3, scans.image(sheets.get(0).id()).orElseThrow().length);
    }

    @Test
    void aCorrectionAndItsAuditRecordAreWrittenTogether() throws Exception {
        long sitting = sittingOf(db.newAttempts(1).get(0));
        long batch = scans.createBatch(sitting, "gv.toan", Instant.now());
        scans.reservePages(batch, 1);
        scans.insertSheet(batch, 1, new byte[0], 0, 0, sheet(0, "{\"1\":null}", "NEEDS_REVIEW"));
        ScanRepository.Sheet before = scans.sheets(batch).get(0);
        String subject = "scan-sheet:" + before.id();
        ScanRepository.Sheet after = sheet(before.id(), "{\"1\":\"C\"}", "READ");
        AuditEvent event = AuditEvent.of(Instant.now(), "gv.toan", null, "SCAN_SHEET_CORRECTED", subject,
                Map.of("reason", "tẩy chưa sạch"));

        assertThrows(IllegalStateException.class, () -> transactions.required(c -> {
            scans.correct(after, event);
            throw new IllegalStateException("the review fails later");
        }));
        assertEquals("NEEDS_REVIEW", scans.sheet(before.id()).orElseThrow().status(), "neither the sheet…");
        assertTrue(scans.corrections(subject).isEmpty(), "…nor the audit record stayed");

        scans.correct(after, event);
        assertEquals("READ", scans.sheet(before.id()).orElseThrow().status());
        List<AuditEntry> corrections = scans.corrections(subject);
        assertEquals(1, corrections.size());
        assertTrue(corrections.get(0).details().contains("tẩy chưa sạch"), corrections.get(0).details());
    }

    @Test
    void aSheetsAnswersBecomeTheAttemptsStepsOnItsVersion() throws Exception {
        long attempt = db.newAttempts(1).get(0);
        List<AnswerStep> steps = List.of(new AnswerStep(attempt, 11, 1, "{\"choice\":\"x\"}", Instant.EPOCH),
                new AnswerStep(attempt, 12, 1, "{\"text\":\"12,5\"}", Instant.EPOCH));
        scans.recordAnswers(attempt, 7, "101", steps, Instant.now());
        assertEquals(2, db.count("SELECT COUNT(*) FROM attempt_step WHERE attempt_id = ? AND source = 'SCAN'", attempt));
        assertEquals(1, db.count("SELECT COUNT(*) FROM attempt WHERE id = ? AND version_code = '101'"
                + " AND paper_version_id = 7", attempt));
    }

    private static ScanRepository.Sheet sheet(long id, String answers, String status) {
        return new ScanRepository.Sheet(id, 0, 1, 0, 0, null, null, "101", answers, "[]", "[]", status, null, null);
    }

    private static long sittingOf(long attempt) throws Exception {
        return db.count("SELECT sitting_id FROM attempt WHERE id = ?", attempt);
    }

    private static long count(java.sql.Connection c, String sql) throws java.sql.SQLException {
        try (var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

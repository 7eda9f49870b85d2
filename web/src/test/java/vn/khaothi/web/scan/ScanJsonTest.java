package vn.khaothi.web.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.khaothi.itembank.domain.json.Jsonp.JSON;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.khaothi.engine.scan.ScanViews;

/** The scans' JSON from the engine's records: the contract's fields, the stored JSON shown as stored. */
class ScanJsonTest {

    private static final ScanViews.SheetLine READ = new ScanViews.SheetLine(9, 1, "hs001", "900001", "101",
            "{\"1\": \"B\", \"2\": null}", new BigDecimal("7.50"), "READ", "[]", null);

    @Test
    void aBatchListsItsSheetsWithTheirStoredAnswers() {
        JsonObject json = ScanJson.batch(new ScanViews.BatchView(4, 3, "DONE", "CONFIRMED", 2, 2, List.of(READ,
                new ScanViews.SheetLine(10, 2, null, null, null, "{}", null, "REJECTED",
                        "[{\"kind\":\"NOT_A_SHEET\"}]", 77L))));
        assertEquals(List.of("batchId", "sittingId", "status", "state", "progress", "sheets"),
                new ArrayList<>(json.keySet()));
        assertEquals("{\"done\":2,\"total\":2}", json.getJsonObject("progress").toString());
        JsonObject read = json.getJsonArray("sheets").getJsonObject(0);
        assertEquals(List.of("sheetId", "page", "studentId", "studentNumber", "versionCode", "answers", "score", "status",
                "problems"), new ArrayList<>(read.keySet()), "attemptId only once confirmed");
        assertEquals("B", read.getJsonObject("answers").getString("1"));
        assertTrue(read.getJsonObject("answers").isNull("2"), "a blank is null");
        assertEquals(new BigDecimal("7.50"), read.getJsonNumber("score").bigDecimalValue());
        JsonObject rejected = json.getJsonArray("sheets").getJsonObject(1);
        assertTrue(rejected.isNull("studentId") && rejected.isNull("score") && rejected.isNull("versionCode"));
        assertEquals("NOT_A_SHEET", rejected.getJsonArray("problems").getJsonObject(0).getString("kind"));
        assertEquals(77, rejected.getInt("attemptId"));
    }

    @Test
    void aSheetForReviewAddsThePhotoTheQuestionsAndTheCorrections() {
        JsonObject json = ScanJson.sheet(new ScanViews.SheetView(READ, 4, 1200, 1700, "[[10,20,5,\"F\",1]]",
                List.of(new ScanViews.QuestionArea(1, "CHOICE", 4)), "Nguyễn Văn An",
                List.of(new ScanViews.Correction("gv.toan", Instant.parse("2026-12-03T08:00:00Z"),
                        "{\"reason\":\"tẩy chưa sạch\"}"))));
        List<String> keys = new ArrayList<>(json.keySet());
        assertEquals(List.of("batchId", "imageWidth", "imageHeight", "marks", "questions", "studentName", "corrections"),
                keys.subList(9, keys.size()));
        assertEquals("[10,20,5,\"F\",1]", json.getJsonArray("marks").getJsonArray(0).toString());
        assertEquals("{\"number\":1,\"kind\":\"CHOICE\",\"choices\":4}", json.getJsonArray("questions").getJsonObject(0).toString());
        JsonObject correction = json.getJsonArray("corrections").getJsonObject(0);
        assertEquals("2026-12-03T08:00:00Z", correction.getString("at"));
        assertEquals("tẩy chưa sạch", correction.getJsonObject("details").getString("reason"));
        JsonObject unknown = ScanJson.sheet(new ScanViews.SheetView(READ, 4, 0, 0, "[]", List.of(), null, List.of()));
        assertFalse(unknown.containsKey("studentName"), "no name for a number that is not a candidate");
    }

    @Test
    void aConfirmationListsTheAttemptsMade() {
        JsonObject json = ScanJson.confirmed(new ScanViews.ConfirmedBatch(4, 2, List.of(
                new ScanViews.ConfirmedSheet(9, "hs001", 51, new BigDecimal("8")),
                new ScanViews.ConfirmedSheet(10, "hs002", 52, null))));
        assertEquals("{\"batchId\":4,\"confirmed\":2,\"attempts\":[{\"sheetId\":9,\"studentId\":\"hs001\",\"attemptId\":51,"
                + "\"score\":8},{\"sheetId\":10,\"studentId\":\"hs002\",\"attemptId\":52,\"score\":null}]}", json.toString());
    }

    @Test
    void aCorrectionsBodyNamesOnlyWhatItChanges() {
        ScanViews.SheetCorrection c = ScanJson.correction(body("{\"reason\":\" tẩy \",\"answers\":{\"1\":\"C\"},"
                + "\"studentNumber\":42}"));
        assertEquals(" tẩy ", c.reason());
        assertTrue(c.setsStudentNumber());
        assertNull(c.studentNumber(), "a number that is not text is no student number");
        assertFalse(c.setsVersionCode());
        assertTrue(c.setsAnswers());
        assertEquals("{\"1\":\"C\"}", c.answers());
        ScanViews.SheetCorrection bare = ScanJson.correction(body("{\"answers\":\"B\"}"));
        assertNull(bare.reason());
        assertEquals("\"B\"", bare.answers(), "passed on for the engine to refuse: answers is an object");
    }

    private static JsonObject body(String json) {
        return JSON.createReader(new StringReader(json)).readObject();
    }
}

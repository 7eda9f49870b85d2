package vn.khaothi.web.gradebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.khaothi.engine.application.gradebook.AmendmentView;
import vn.khaothi.engine.application.gradebook.AppealView;
import vn.khaothi.engine.application.gradebook.ConductEntry;
import vn.khaothi.engine.application.gradebook.GradebookLock;
import vn.khaothi.engine.application.gradebook.PublishedScores;

/** Appeals' and amendments' JSON (api-contract.md): the keys in the contract's order, explicit nulls, numbers as given. */
class GradebookJsonTest {

    @Test
    void aFiledAppealKeepsItsKeysAndNulls() {
        JsonObject a = GradebookJson.appeal(new AppealView(5, "9A", "MATH", 1, "hs001", "Nguyễn An", "GK",
                new BigDecimal("6.50"), "chấm sót", "hs001", Instant.parse("2026-01-02T03:04:05Z"), "FILED", null, null, null, null));
        assertEquals(List.of("id", "class", "subject", "semester", "studentId", "studentName", "column", "original", "reason",
                "filedBy", "filedAt", "status", "marker", "outcome", "outcomeNote", "decidedAt"), List.copyOf(a.keySet()));
        assertEquals("9A", a.getString("class"));
        assertEquals("6.50", a.getJsonNumber("original").toString());
        assertEquals("2026-01-02T03:04:05Z", a.getString("filedAt"));
        assertEquals(JsonValue.NULL, a.get("marker"));
        assertEquals(JsonValue.NULL, a.get("decidedAt"));
    }

    @Test
    void anAmendmentAsksForANumberOrALetter() {
        JsonObject number = GradebookJson.amendment(new AmendmentView(1, "9A", "MATH", 1, "hs001", "An", "GK",
                new BigDecimal("7"), "nhập nhầm", "gv.toan", Instant.parse("2026-01-02T03:04:05Z"), "PENDING", null, null, null));
        assertEquals(List.of("id", "class", "subject", "semester", "studentId", "studentName", "column", "requested", "reason",
                "requestedBy", "requestedAt", "status", "decidedBy", "decidedAt", "note"), List.copyOf(number.keySet()));
        assertEquals("7", number.getJsonNumber("requested").toString());
        assertEquals(JsonValue.NULL, number.get("note"));
        JsonObject letter = GradebookJson.amendment(new AmendmentView(2, "9A", "PE", 1, "hs001", "An", "CK", "CD", "x",
                "gv.td", Instant.parse("2026-01-02T03:04:05Z"), "PENDING", null, null, null));
        assertEquals("CD", letter.getString("requested"));
        assertNull(GradebookJson.amendment(null), "no row, no body (as before)");
    }

    @Test
    void aLockShowsItsSignatureOnlyWhenThisCallLockedIt() {
        assertEquals(List.of("class", "semester", "locked", "lockedBy"),
                List.copyOf(GradebookJson.lock(new GradebookLock("9A", 1, "hieutruong", true, null, null)).keySet()));
        JsonObject fresh = GradebookJson.lock(new GradebookLock("9A", 1, "pho", false, null, "Hiệu trưởng"));
        assertEquals(List.of("class", "semester", "locked", "lockedBy", "onBehalfOf", "signature"), List.copyOf(fresh.keySet()));
        assertEquals(JsonValue.NULL, fresh.get("onBehalfOf"));
    }

    @Test
    void aListSittingPublishesPerClassWithAnExplicitNullClass() {
        JsonObject one = GradebookJson.published(new PublishedScores(2, 2, "9A", "MATH", 1, "TX2", null));
        assertEquals(List.of("written", "graded", "class", "subject", "semester", "column"), List.copyOf(one.keySet()));
        JsonObject list = GradebookJson.published(new PublishedScores(3, 3, null, "MATH", 1, "TX2",
                List.of(new PublishedScores.PublishedClass("9P", 1, 2, 2), new PublishedScores.PublishedClass("9Q", 1, 1, 1))));
        assertEquals(JsonValue.NULL, list.get("class"));
        assertEquals(List.of("class", "semester", "graded", "written"),
                List.copyOf(list.getJsonArray("classes").getJsonObject(0).keySet()));
        JsonObject conduct = GradebookJson.conduct(new ConductEntry("9A", "YEAR", "hs001", null, "TOT", List.of("TT22 Art. 8")));
        assertEquals(List.of("class", "period", "studentId", "old", "new", "citations"), List.copyOf(conduct.keySet()));
        assertEquals(JsonValue.NULL, conduct.get("old"));
    }
}

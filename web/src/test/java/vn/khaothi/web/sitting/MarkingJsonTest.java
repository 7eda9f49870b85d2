package vn.khaothi.web.sitting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.khaothi.engine.application.sitting.DisputedSitting;
import vn.khaothi.engine.application.sitting.MarkingItemView;
import vn.khaothi.engine.application.sitting.MarkingQueue;
import vn.khaothi.engine.domain.marking.MarkingStatus;

/** Marking's JSON (api-contract.md, "Marking"): the keys and order the maps had, explicit nulls, ids as text. */
class MarkingJsonTest {

    private static MarkingItemView blindItem() {
        return new MarkingItemView("0421", null, null, null, "A", 13, 2, new BigDecimal("2"), "{\"text\":\"x\"}",
                MarkingStatus.FINAL, new BigDecimal("1.50"), false, false, "<p>Câu 2</p>", "",
                List.of(new MarkingItemView.Criterion("c1", "Lập luận", BigDecimal.ONE,
                        List.of(new MarkingItemView.Level("Đủ", BigDecimal.ONE), new MarkingItemView.Level("Khác", null)))),
                List.of(new MarkingItemView.GivenMark("FIRST", "gv.toan", new BigDecimal("1.5"),
                        Map.of("c1", BigDecimal.ONE), "", "", Instant.parse("2026-01-02T03:04:05Z"))));
    }

    @Test
    void theQueueKeepsItsKeysInOrderWithExplicitNulls() {
        JsonObject q = MarkingJson.queue(new MarkingQueue(7, "Kiểm tra", true, false, null, false, true, 0, 0, false, true,
                List.of(blindItem())));
        assertEquals(List.of("sittingId", "title", "blind", "doubleMarking", "threshold", "released", "complete", "waiting",
                "disputed", "canDecide", "canRelease", "items"), List.copyOf(q.keySet()));
        assertEquals(JsonValue.NULL, q.get("threshold"));
        JsonObject item = q.getJsonArray("items").getJsonObject(0);
        assertEquals(List.of("code", "attemptId", "studentId", "studentName", "versionCode", "itemId", "position", "maxPoints",
                "response", "status", "finalPoints", "yourTurn", "canDecide", "stem", "guidance", "rubric", "marks"),
                List.copyOf(item.keySet()));
        assertEquals(JsonValue.NULL, item.get("attemptId"), "blind: the attempt id is an explicit null");
        assertEquals(JsonValue.NULL, item.get("studentName"));
        assertEquals("13", item.getString("itemId"), "bank ids are strings in the contract");
        assertEquals("x", item.getJsonObject("response").getString("text"));
        assertEquals("1.50", item.getJsonNumber("finalPoints").toString(), "a BigDecimal keeps its digits");
        assertEquals(JsonValue.NULL, item.getJsonArray("rubric").getJsonObject(0).getJsonArray("levels").getJsonObject(1).get("points"));
        JsonObject mark = item.getJsonArray("marks").getJsonObject(0);
        assertEquals(List.of("round", "marker", "points", "criteria", "comment", "reason", "at"), List.copyOf(mark.keySet()));
        assertEquals("2026-01-02T03:04:05Z", mark.getString("at"));
    }

    @Test
    void aDisputedSittingIsListedWithItsOpening() {
        JsonObject d = MarkingJson.disputes(List.of(new DisputedSitting(7, "Kiểm tra", "TOAN",
                Instant.parse("2026-01-02T03:00:00Z"), 1))).getJsonObject(0);
        assertEquals(List.of("sittingId", "title", "subject", "opensAt", "disputed"), List.copyOf(d.keySet()));
        assertEquals("2026-01-02T03:00:00Z", d.getString("opensAt"));
    }
}

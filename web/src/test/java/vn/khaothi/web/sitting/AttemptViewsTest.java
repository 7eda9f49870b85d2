package vn.khaothi.web.sitting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.khaothi.itembank.domain.json.Jsonp.JSON;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.khaothi.engine.application.paper.DeliverableItem;
import vn.khaothi.engine.application.paper.DeliverablePaper;
import vn.khaothi.engine.application.paper.DeliverableVersion;
import vn.khaothi.engine.application.sitting.AttemptView;
import vn.khaothi.engine.application.sitting.ShownVersion;
import vn.khaothi.engine.application.sitting.StartedAttempt;
import vn.khaothi.engine.domain.attempt.AnswerStep;
import vn.khaothi.engine.domain.attempt.AttemptStatus;
import vn.khaothi.engine.domain.attempt.SubmitReason;
import vn.khaothi.itembank.domain.item.ItemContent;
import vn.khaothi.itembank.domain.item.json.ItemContentJson;

/** The attempt's JSON from the engine's records: the contract's field names, in the contract's order, no key. */
class AttemptViewsTest {

    private static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");
    private final AttemptViews views = new AttemptViews();

    private static ItemContent choice() {
        var options = JSON.createArrayBuilder();
        for (String o : List.of("A", "B", "C")) {
            options.add(JSON.createObjectBuilder().add("id", o).add("text", "Phương án " + o)
                    .add("fraction", o.equals("B") ? 1 : 0).add("feedback", "").add("locked", false));
        }
        return ItemContentJson.fromJson(JSON.createObjectBuilder().add("type", "SINGLE_CHOICE").add("name", "")
                .add("stem", "Căn bậc hai số học của 9 là?").add("generalFeedback", "").add("points", 1)
                .add("tags", JSON.createArrayBuilder()).add("source", "").add("author", "").add("idnumber", "")
                .add("options", options).build());
    }

    private static ShownVersion shown(String status) {
        DeliverableVersion v = new DeliverableVersion(71, "101", List.of(
                new DeliverableItem(1, 11, 1100, BigDecimal.ONE, List.of("C", "A", "B"), choice())));
        return new ShownVersion(new DeliverablePaper(7, "T", "MATH", 9, "MIDTERM", status, 45, BigDecimal.ONE, List.of(v)), v);
    }

    @Test
    void aStartIsAnsweredWithTheContractsFieldsAndTheItemsWithoutAKey() {
        JsonObject json = views.started(new StartedAttempt(5, 3, AttemptStatus.IN_PROGRESS, NOW.plusSeconds(2700), NOW,
                2700, "101", shown("APPROVED")));
        assertEquals(List.of("attemptId", "sittingId", "status", "deadline", "serverTime", "remainingSeconds",
                "versionCode", "items"), new ArrayList<>(json.keySet()));
        assertEquals("2026-12-03T08:45:00Z", json.getString("deadline"));
        assertEquals(2700, json.getInt("remainingSeconds"));
        JsonObject item = json.getJsonArray("items").getJsonObject(0);
        assertEquals("11", item.getString("itemId"), "the socket's answer.itemId is a string");
        assertEquals(1, item.getInt("position"));
        assertFalse(json.toString().contains("fraction"), "no key in what a student receives: " + json);
        assertTrue(json.toString().indexOf("Phương án C") < json.toString().indexOf("Phương án A"),
                "the options in the version's order: " + json);
    }

    @Test
    void anApprovedVersionIsRenderedOnceForEveryStart() {
        ShownVersion approved = shown("APPROVED");
        JsonObject first = views.started(new StartedAttempt(5, 3, AttemptStatus.IN_PROGRESS, NOW, NOW, 0, "101", approved));
        JsonObject second = views.started(new StartedAttempt(6, 3, AttemptStatus.IN_PROGRESS, NOW, NOW, 0, "101", approved));
        assertSame(first.getJsonArray("items"), second.getJsonArray("items"), "the start spike renders once");
    }

    @Test
    void aViewShowsWhatTheEngineDecidedAndNothingElse() {
        Map<Long, AnswerStep> answers = new LinkedHashMap<>();
        answers.put(11L, new AnswerStep(5, 11, 4, "{\"choice\":\"B\"}", NOW));
        JsonObject closed = views.view(new AttemptView(5, 3, "hs001", AttemptStatus.GRADED, "101", null, NOW, 0,
                NOW.minusSeconds(60), SubmitReason.TIME_UP, true, new BigDecimal("7.50"), 4, answers, null,
                List.of(new AttemptView.ItemResult(11, 1, new BigDecimal("1.0000"), new BigDecimal("1.0000"), "CORRECT"))));
        assertEquals(List.of("attemptId", "sittingId", "studentId", "status", "versionCode", "deadline", "serverTime",
                "remainingSeconds", "submittedAt", "submitReason", "scoreVisible", "score", "lastSeq", "answers",
                "results"), new ArrayList<>(closed.keySet()));
        assertTrue(closed.isNull("deadline"));
        assertEquals("TIME_UP", closed.getString("submitReason"));
        assertEquals("7.5", closed.getJsonNumber("score").toString(), "trailing zeros stripped");
        assertEquals("{\"seq\":4,\"response\":{\"choice\":\"B\"}}", closed.getJsonObject("answers").getJsonObject("11").toString());
        assertEquals("{\"itemId\":\"11\",\"position\":1,\"points\":1,\"maxPoints\":1,\"state\":\"CORRECT\"}",
                closed.getJsonArray("results").getJsonObject(0).toString());

        JsonObject running = views.view(new AttemptView(5, 3, "hs001", AttemptStatus.IN_PROGRESS, "101", NOW, NOW, 60,
                null, null, false, null, 0, Map.of(), shown("DRAFT"), null));
        assertTrue(running.isNull("score") && running.isNull("submitReason") && running.isNull("submittedAt"));
        assertEquals(1, running.getJsonArray("items").size());
        assertFalse(running.containsKey("results"));
    }
}

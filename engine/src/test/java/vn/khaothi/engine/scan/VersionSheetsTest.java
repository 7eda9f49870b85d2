package vn.khaothi.engine.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.khaothi.engine.application.sitting.AttemptService;
import vn.khaothi.engine.application.paper.DeliverableItem;
import vn.khaothi.engine.application.paper.DeliverableVersion;
import vn.khaothi.engine.application.sheet.SheetLayout;
import vn.khaothi.engine.application.sheet.SheetQuestion;
import vn.khaothi.itembank.domain.item.ItemContent;
import vn.khaothi.itembank.domain.item.json.ItemContentJson;

/**
 * A sheet's letters are the version's order: they map back through the version's shuffle to the bank's option
 * ids, exactly as the online form does, and score with the same scoring (cluster rule, numeric answers).
 */
class VersionSheetsTest {

    /** Key A (authored); this version prints the options in the order C, A, D, B — so A is bubbled as "B". */
    private static final DeliverableItem CHOICE = new DeliverableItem(1, 11, 1100, BigDecimal.ONE,
            List.of("C", "A", "D", "B"), choice("A"));
    private static final DeliverableItem CLUSTER = new DeliverableItem(2, 12, 1200, BigDecimal.ONE, List.of(),
            cluster());
    private static final DeliverableItem NUMERIC = new DeliverableItem(3, 13, 1300, BigDecimal.ONE, List.of(),
            numeric());
    private static final DeliverableVersion VERSION = new DeliverableVersion(5, "101", List.of(CHOICE, CLUSTER,
            NUMERIC));

    @Test
    void theLayoutNumbersQuestionsAsThePaperAndPutsEachTypeInItsPart() {
        SheetLayout layout = VersionSheets.layout(VERSION);
        assertEquals(List.of(new SheetQuestion(1, SheetQuestion.Kind.CHOICE, 4),
                new SheetQuestion(2, SheetQuestion.Kind.CLUSTER, 4), new SheetQuestion(3, SheetQuestion.Kind.SHORT, 4)),
                layout.questions());
        assertEquals(4, layout.bubbles("ANSWER", 1).size());
        assertEquals(8, layout.bubbles("ANSWER", 2).size());
        assertEquals(1 + 2 + 40, layout.bubbles("ANSWER", 3).size(), "sign, two commas, four digit columns");
    }

    @Test
    void aLetterMapsThroughTheVersionsOptionOrder() {
        SheetQuestion q = VersionSheets.layout(VERSION).questions().get(0);
        assertEquals("C", VersionSheets.response(CHOICE, q, Json.createValue("A")).getString("choice"));
        assertEquals("A", VersionSheets.response(CHOICE, q, Json.createValue("B")).getString("choice"));
        assertThrows(IllegalArgumentException.class, () -> VersionSheets.response(CHOICE, q, Json.createValue("E")));
        assertNull(VersionSheets.response(CHOICE, q, null));
    }

    @Test
    void shortAnswersTakeTheDecimalCommaAndRefuseWhatTheColumnsCannotHold() {
        SheetQuestion q = VersionSheets.layout(VERSION).questions().get(2);
        assertEquals("2,5", VersionSheets.response(NUMERIC, q, Json.createValue("2.5")).getString("text"));
        assertThrows(IllegalArgumentException.class, () -> VersionSheets.response(NUMERIC, q,
                Json.createValue("12345")));
        assertThrows(IllegalArgumentException.class, () -> VersionSheets.response(NUMERIC, q, Json.createValue("1,")));
    }

    @Test
    void aSheetScoresLikeAnOnlineAttemptClusterRuleIncluded() {
        AttemptService scoring = AttemptService.over(null, null, null);
        JsonObject right = Json.createObjectBuilder().add("1", "B")
                .add("2", Json.createObjectBuilder().add("a", true).add("b", true).add("c", false).add("d", false))
                .add("3", "2,5").build();
        assertEquals(0, new BigDecimal("3").compareTo(scoring.previewScore(VERSION, VersionSheets.steps(VERSION, right,
                0))));
        // "A" on this version is option C (wrong); three statements of four right is half the cluster's points
        JsonObject partly = Json.createObjectBuilder().add("1", "A")
                .add("2", Json.createObjectBuilder().add("a", true).add("b", true).add("c", false).add("d", true))
                .addNull("3").build();
        assertEquals(0, new BigDecimal("0.5").compareTo(scoring.previewScore(VERSION, VersionSheets.steps(VERSION,
                partly, 0))));
        Map<Long, ?> steps = VersionSheets.steps(VERSION, partly, 0);
        assertEquals(2, steps.size(), "a blank answer is no step at all");
    }

    private static ItemContent choice(String key) {
        JsonArrayBuilder options = Json.createArrayBuilder();
        for (String o : List.of("A", "B", "C", "D")) {
            options.add(Json.createObjectBuilder().add("id", o).add("text", "Phương án " + o)
                    .add("fraction", o.equals(key) ? 1 : 0).add("feedback", "").add("locked", false));
        }
        return ItemContentJson.fromJson(base("SINGLE_CHOICE").add("options", options).build());
    }

    private static ItemContent cluster() {
        JsonArrayBuilder statements = Json.createArrayBuilder();
        Map<String, Boolean> truth = Map.of("a", true, "b", true, "c", false, "d", false);
        for (String s : List.of("a", "b", "c", "d")) {
            statements.add(Json.createObjectBuilder().add("id", s).add("text", "Mệnh đề " + s)
                    .add("correct", truth.get(s)));
        }
        return ItemContentJson.fromJson(base("TRUE_FALSE_CLUSTER").add("statements", statements).build());
    }

    private static ItemContent numeric() {
        return ItemContentJson.fromJson(base("SHORT_NUMERIC").add("answers", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("value", 2.5).add("tolerance", 0).add("fraction", 1)
                        .add("feedback", ""))).add("units", Json.createArrayBuilder()).build());
    }

    private static jakarta.json.JsonObjectBuilder base(String type) {
        return Json.createObjectBuilder().add("type", type).add("name", "").add("stem", "Câu hỏi")
                .add("generalFeedback", "").add("points", 1).add("tags", Json.createArrayBuilder())
                .add("source", "").add("author", "").add("idnumber", "");
    }
}

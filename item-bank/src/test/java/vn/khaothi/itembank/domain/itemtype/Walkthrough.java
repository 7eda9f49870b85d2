package vn.khaothi.itembank.domain.itemtype;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import vn.khaothi.itembank.domain.item.ItemContent;

/** Steps shared by the walkthrough tests: respond, score, and check the view hides the key. */
final class Walkthrough {

    private Walkthrough() {
    }

    static JsonObject json(String json) {
        return Json.createReader(new StringReader(json.replace('\'', '"'))).readObject();
    }

    static Score score(ItemContent item, String response, String maxPoints) {
        return ItemTypes.of(item.type()).score(item, response == null ? null : json(response), new BigDecimal(maxPoints));
    }

    static void assertScore(Score score, String points, ScoreState state) {
        assertEquals(0, new BigDecimal(points).compareTo(score.points()), "points " + score);
        assertEquals(state, score.state());
    }

    static JsonObject view(ItemContent item, List<String> order) {
        JsonObject view = ItemTypes.of(item.type()).renderForStudent(item, order, item.defaultPoints());
        String text = view.toString();
        for (String secret : List.of("fraction", "correct", "feedback", "answer", "weight", "tolerance", "guidance")) {
            assertFalse(text.contains("\"" + secret), "view leaks " + secret + ": " + text);
        }
        assertEquals(item.type().name(), view.getString("type"));
        assertEquals(item.stem().html(), view.getString("stem"));
        return view;
    }
}

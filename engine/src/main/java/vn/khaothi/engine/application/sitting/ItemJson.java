package vn.khaothi.engine.application.sitting;

import static vn.khaothi.itembank.domain.json.Jsonp.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.khaothi.engine.application.paper.DeliverableItem;
import vn.khaothi.itembank.domain.itemtype.ItemTypes;

/**
 * The item type plug-ins' JSON read back — not a view (web and proctor build the JSON they send):
 * a stored response (the JSON text a student sent, as the answer journal keeps it, which the
 * plug-ins score as JSON-P), and the labels a student saw on a rendered item.
 */
final class ItemJson {

    private ItemJson() {
    }

    /** A stored response as the plug-ins read it. */
    static JsonValue parse(String json) {
        return JSON.createReader(new StringReader(json)).readValue();
    }

    /**
     * The labels the student saw, by option (statement) id: options A, B, C… and statements a, b, c…
     * in the version's order, as the plug-in rendered them.
     */
    static Map<String, String> labels(DeliverableItem item) {
        Map<String, String> labels = new LinkedHashMap<>();
        JsonObject view = ItemTypes.of(item.content().type()).renderForStudent(item.content(), item.optionOrder(), item.points());
        for (String list : List.of("options", "statements")) {
            if (view.containsKey(list) && view.get(list).getValueType() == JsonValue.ValueType.ARRAY) {
                JsonArray values = view.getJsonArray(list);
                for (int i = 0; i < values.size(); i++) {
                    if (values.get(i).getValueType() == JsonValue.ValueType.OBJECT
                            && values.getJsonObject(i).containsKey("id")) {
                        labels.put(values.getJsonObject(i).getString("id"),
                                "options".equals(list) ? String.valueOf((char) ('A' + i)) : String.valueOf((char) ('a' + i)));
                    }
                }
            }
        }
        return labels;
    }
}

package vn.khaothi.engine.application.sitting;

import static vn.khaothi.itembank.domain.json.Jsonp.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import vn.khaothi.engine.domain.attempt.AnswerStep;
import vn.khaothi.engine.application.paper.DeliverableItem;
import vn.khaothi.engine.application.paper.DeliverableVersion;
import vn.khaothi.itembank.domain.itemtype.ItemTypes;

/**
 * The JSON an attempt is shown with (api-contract.md, "What a student receives"): items rendered
 * by their type plug-in — never a key — with {@code itemId} (a string, as the socket's
 * {@code answer.itemId}) and {@code position}; answers as {@code {itemId:{"seq","response"}}}.
 */
public final class AttemptJson {

    private AttemptJson() {
    }

    public static JsonArray items(DeliverableVersion version) {
        JsonArrayBuilder items = JSON.createArrayBuilder();
        for (DeliverableItem item : version.items()) {
            items.add(item(item));
        }
        return items.build();
    }

    static JsonObject item(DeliverableItem item) {
        JsonObject view = ItemTypes.of(item.content().type()).renderForStudent(item.content(), item.optionOrder(), item.points());
        JsonObjectBuilder b = JSON.createObjectBuilder().add("itemId", String.valueOf(item.itemId())).add("position", item.position());
        view.forEach((k, v) -> {
            if (!k.equals("itemId") && !k.equals("position")) {
                b.add(k, v);
            }
        });
        return b.build();
    }

    public static JsonObject answers(Map<Long, AnswerStep> current) {
        JsonObjectBuilder answers = JSON.createObjectBuilder();
        current.forEach((itemId, step) -> answers.add(String.valueOf(itemId),
                JSON.createObjectBuilder().add("seq", step.seq()).add("response", parse(step.response()))));
        return answers.build();
    }

    public static long lastSeq(Map<Long, AnswerStep> current) {
        return current.values().stream().mapToLong(AnswerStep::seq).max().orElse(0);
    }

    public static JsonValue parse(String json) {
        return JSON.createReader(new StringReader(json)).readValue();
    }

    static JsonValue instant(Instant at) {
        return at == null ? JsonValue.NULL : JSON.createValue(at.toString());
    }

    static JsonValue number(BigDecimal value) {
        return value == null ? JsonValue.NULL : JSON.createValue(value.stripTrailingZeros().scale() < 0
                ? value.setScale(0) : value.stripTrailingZeros());
    }
}

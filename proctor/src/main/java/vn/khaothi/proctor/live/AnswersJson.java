package vn.khaothi.proctor.live;

import static vn.khaothi.itembank.domain.json.Jsonp.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Map;
import vn.khaothi.engine.domain.attempt.AnswerStep;

/**
 * An attempt's current answers as the socket's {@code state} and {@code GET /attempts/{id}} show
 * them: {@code {itemId:{"seq","response"}}}, the response as the student sent it (stored as JSON).
 */
public final class AnswersJson {

    private AnswersJson() {
    }

    public static JsonObject answers(Map<Long, AnswerStep> current) {
        JsonObjectBuilder answers = JSON.createObjectBuilder();
        current.forEach((itemId, step) -> answers.add(String.valueOf(itemId),
                JSON.createObjectBuilder().add("seq", step.seq()).add("response", parse(step.response()))));
        return answers.build();
    }

    /** A stored response (JSON text) as JSON again. */
    public static JsonValue parse(String json) {
        return JSON.createReader(new StringReader(json)).readValue();
    }
}

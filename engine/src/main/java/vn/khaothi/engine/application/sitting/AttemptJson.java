package vn.khaothi.engine.application.sitting;

import static vn.khaothi.itembank.domain.json.Jsonp.JSON;

import jakarta.json.JsonValue;
import java.io.StringReader;

/**
 * A stored response (the JSON text a student sent, as the answer journal keeps it) read back for
 * the item type plug-ins, which score JSON-P. Not a view: web and proctor build the JSON they send.
 */
final class AttemptJson {

    private AttemptJson() {
    }

    static JsonValue parse(String json) {
        return JSON.createReader(new StringReader(json)).readValue();
    }
}

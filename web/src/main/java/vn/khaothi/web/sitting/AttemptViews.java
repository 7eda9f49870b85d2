package vn.khaothi.web.sitting;

import static vn.khaothi.itembank.domain.json.Jsonp.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import vn.khaothi.engine.application.paper.DeliverableItem;
import vn.khaothi.engine.application.paper.DeliverableVersion;
import vn.khaothi.engine.application.sitting.AttemptView;
import vn.khaothi.engine.application.sitting.RenderedVersions;
import vn.khaothi.engine.application.sitting.StartedAttempt;
import vn.khaothi.itembank.domain.itemtype.ItemTypes;
import vn.khaothi.proctor.live.AnswersJson;

/**
 * The JSON an attempt is shown with (api-contract.md, "What a student receives"): items rendered by
 * their type plug-in — never a key — with {@code itemId} (a string, as the socket's
 * {@code answer.itemId}) and {@code position}; answers as {@code {itemId:{"seq","response"}}}.
 * The engine decides what is shown ({@link AttemptView}); this maps it, field for field.
 */
@ApplicationScoped
public class AttemptViews {

    // One rendering per approved version for every start (issue 19: the start spike); immutable JSON-P.
    private final RenderedVersions<JsonArray> rendered = new RenderedVersions<>(AttemptViews::items);

    /** 201 of {@code POST /sittings/{id}/attempts}. */
    public JsonObject started(StartedAttempt a) {
        return JSON.createObjectBuilder()
                .add("attemptId", a.attemptId())
                .add("sittingId", a.sittingId())
                .add("status", a.status().name())
                .add("deadline", instant(a.deadline()))
                .add("serverTime", a.serverTime().toString())
                .add("remainingSeconds", a.remainingSeconds())
                .add("versionCode", a.versionCode())
                .add("items", rendered.items(a.items()))
                .build();
    }

    /** {@code GET /attempts/{id}} (and the answer of a grade). */
    public JsonObject view(AttemptView v) {
        JsonObjectBuilder b = JSON.createObjectBuilder()
                .add("attemptId", v.attemptId())
                .add("sittingId", v.sittingId())
                .add("studentId", v.studentId())
                .add("status", v.status().name())
                .add("versionCode", v.versionCode())
                .add("deadline", instant(v.deadline()))
                .add("serverTime", v.serverTime().toString())
                .add("remainingSeconds", v.remainingSeconds())
                .add("submittedAt", instant(v.submittedAt()))
                .add("submitReason", v.submitReason() == null ? JsonValue.NULL : JSON.createValue(v.submitReason().name()))
                .add("scoreVisible", v.scoreVisible())
                .add("score", number(v.score()))
                .add("lastSeq", v.lastSeq())
                .add("answers", AnswersJson.answers(v.answers()));
        if (v.items() != null) {
            b.add("items", rendered.items(v.items()));
        }
        if (v.results() != null) {
            JsonArrayBuilder array = JSON.createArrayBuilder();
            for (AttemptView.ItemResult r : v.results()) {
                array.add(JSON.createObjectBuilder().add("itemId", String.valueOf(r.itemId())).add("position", r.position())
                        .add("points", number(r.points())).add("maxPoints", number(r.maxPoints()))
                        .add("state", r.state()));
            }
            b.add("results", array);
        }
        return b.build();
    }

    static JsonArray items(DeliverableVersion version) {
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

    static JsonValue instant(Instant at) {
        return at == null ? JsonValue.NULL : JSON.createValue(at.toString());
    }

    static JsonValue number(BigDecimal value) {
        return value == null ? JsonValue.NULL : JSON.createValue(value.stripTrailingZeros().scale() < 0
                ? value.setScale(0) : value.stripTrailingZeros());
    }
}

package vn.khaothi.web.papers;

import static vn.khaothi.itembank.domain.json.Jsonp.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import vn.khaothi.engine.application.paper.DeliverableVersion;
import vn.khaothi.engine.domain.paper.SavedBlueprint;
import vn.khaothi.itembank.domain.itemtype.ItemTypes;

/** The papers API's JSON for what the engine returns as records (api-contract.md "Papers", "Blueprints"). */
public final class PaperJson {

    private PaperJson() {
    }

    /** Each item as a student receives it (its type's codec, no key), with its itemId and position. */
    static List<JsonObject> onlineForm(DeliverableVersion version) {
        return version.items().stream().map(i -> JSON.createObjectBuilder(
                        ItemTypes.of(i.content().type()).renderForStudent(i.content(), i.optionOrder(), i.points()))
                .add("itemId", Long.toString(i.itemId())).add("position", i.position()).build()).toList();
    }

    /** A saved blueprint as the API shows it: cells with the field names the API takes ({@code type}, not itemType). */
    public record Blueprint(long id, String subject, int grade, String kind, String name, int version, int durationMinutes,
                     JsonArray cells, String createdBy, Instant createdAt) {

        public static Blueprint of(SavedBlueprint b) {
            JsonArrayBuilder cells = JSON.createArrayBuilder();
            b.cells().forEach(c -> cells.add(JSON.createObjectBuilder().add("chapter", c.chapter()).add("level", c.level())
                    .add("type", c.itemType()).add("count", c.count()).add("pointsEach", c.pointsEach())
                    .add("specification", c.specification())));
            return new Blueprint(b.id(), b.subject(), b.grade(), b.kind(), b.name(), b.version(), b.durationMinutes(),
                    cells.build(), b.createdBy(), b.createdAt());
        }
    }
}

package vn.khaothi.engine.infrastructure.paper;

import static vn.khaothi.itembank.domain.json.Jsonp.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import vn.khaothi.itembank.domain.blueprint.BlueprintCell;

/**
 * The stored form of a blueprint's cells (columns {@code bank_blueprint.cells} and
 * {@code paper.blueprint}): an array of {@code {chapter, level, type, count, pointsEach,
 * specification}} — the same field names the API takes and shows, so a stored blueprint reads as
 * it was sent. A paper keeps {@code {durationMinutes, cells}}. Changing a name here needs a
 * migration of those columns.
 */
public final class BlueprintJson {

    private BlueprintJson() {
    }

    public static JsonArray cells(List<BlueprintCell> cells) {
        JsonArrayBuilder json = JSON.createArrayBuilder();
        cells.forEach(c -> json.add(JSON.createObjectBuilder().add("chapter", c.chapter()).add("level", c.level())
                .add("type", c.itemType()).add("count", c.count()).add("pointsEach", c.pointsEach())
                .add("specification", c.specification())));
        return json.build();
    }

    /** A paper's blueprint as stored with it. */
    static String paper(int durationMinutes, List<BlueprintCell> cells) {
        return JSON.createObjectBuilder().add("durationMinutes", durationMinutes).add("cells", cells(cells)).build()
                .toString();
    }

    static List<BlueprintCell> readCells(String stored) {
        try (var reader = JSON.createReader(new StringReader(stored))) {
            return reader.readArray().getValuesAs(JsonObject.class).stream().map(c -> new BlueprintCell(
                    c.getString("chapter"), c.getString("level"), c.getString("type"), c.getInt("count"),
                    c.getJsonNumber("pointsEach").bigDecimalValue(), c.getString("specification", ""))).toList();
        }
    }
}

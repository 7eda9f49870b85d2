package vn.khaothi.itembank.domain.item.json;

import static vn.khaothi.itembank.domain.json.JsonFields.enumOf;
import static vn.khaothi.itembank.domain.json.JsonFields.html;
import static vn.khaothi.itembank.domain.json.JsonFields.list;
import static vn.khaothi.itembank.domain.json.JsonFields.plain;
import static vn.khaothi.itembank.domain.json.JsonFields.requiredNum;
import static vn.khaothi.itembank.domain.json.JsonFields.strings;
import static vn.khaothi.itembank.domain.json.Jsonp.JSON;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import vn.khaothi.itembank.domain.item.ItemContent;
import vn.khaothi.itembank.domain.item.ItemTypeCode;
import vn.khaothi.itembank.domain.item.Rubric;
import vn.khaothi.itembank.domain.itemtype.EssayType;
import vn.khaothi.itembank.domain.itemtype.ItemTypes;

/**
 * The storage form of {@link ItemContent}: one JSON object, written with JSON-P (the platform's
 * API, provided by Payara). Explicit mapping rather than JSON-B binding because the body is
 * polymorphic and the stored shape must not change when a Java class is renamed. Numbers are
 * JSON numbers read as {@link BigDecimal}, so fractions and points survive exactly. The shape is
 * documented in docs/item-formats.md ("Stored content").
 *
 * <p>This class reads and writes the fields every item has; the type's own fields (its body) are read
 * and written by the item type ({@link vn.khaothi.itembank.domain.itemtype.ItemType#readBody},
 * {@code writeBody}), found in {@link ItemTypes}.
 */
public final class ItemContentJson {

    private ItemContentJson() {
    }

    public static String write(ItemContent content) {
        return toJson(content).toString();
    }

    public static ItemContent read(String json) {
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            return fromJson(reader.readObject());
        } catch (JsonException | ClassCastException | NullPointerException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a stored item content: " + e.getMessage(), e);
        }
    }

    public static JsonObject toJson(ItemContent c) {
        JsonObjectBuilder o = JSON.createObjectBuilder()
                .add("type", c.type().name())
                .add("name", c.name())
                .add("stem", c.stem().html())
                .add("generalFeedback", c.generalFeedback().html())
                .add("points", plain(c.defaultPoints()))
                .add("tags", strings(c.tags()))
                .add("source", c.source())
                .add("author", c.author())
                .add("idnumber", c.idnumber());
        ItemTypes.forBody(c.body()).writeBody(c.body(), o);
        return o.build();
    }

    /**
     * The content a JSON object describes. A wrong shape is an {@link IllegalArgumentException} whose
     * message names the field in words ({@code options[2]: id is missing or not text}), never a
     * JSON library's own message: it reaches the teacher who sent the content.
     */
    public static ItemContent fromJson(JsonObject o) {
        try {
            ItemTypeCode type = enumOf(ItemTypeCode.class, o, "type");
            return new ItemContent(type, o.getString("name", ""), html(o, "stem"), html(o, "generalFeedback"),
                    requiredNum(o, "points"), tags(o), o.getString("source", ""), o.getString("author", ""),
                    o.getString("idnumber", ""), ItemTypes.of(type).readBody(o));
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("content is not an item in the stored JSON shape (docs/item-formats.md)", e);
        }
    }

    /** The optional rubric of an essay: {@code [{"id","name","levels":[{"label","points"}]}]}. */
    public static Rubric rubric(JsonObject o) {
        return EssayType.rubric(o);
    }

    private static List<String> tags(JsonObject o) {
        return list(o, "tags", JsonString.class, "text", JsonString::getString);
    }
}

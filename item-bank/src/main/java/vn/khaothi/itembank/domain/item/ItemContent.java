package vn.khaothi.itembank.domain.item;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Everything an item says (nội dung câu hỏi), replaced whole on every edit: the stem, the
 * type-specific body with its key, feedback, tags and provenance. Stored as one JSON document
 * ({@link vn.khaothi.itembank.domain.item.json.ItemContentJson}). Curriculum placement, level and
 * approval status belong to the item that holds this content, not to the content.
 *
 * @param name            short title for lists (Moodle's question name); may be empty
 * @param defaultPoints   points when a blueprint does not say otherwise (điểm mặc định)
 * @param idnumber        an identifier from the source system, or empty
 */
public record ItemContent(ItemTypeCode type, String name, RichText stem, RichText generalFeedback,
                          BigDecimal defaultPoints, List<String> tags, String source, String author,
                          String idnumber, ItemBody body) {

    public ItemContent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(body, "body");
        name = name == null ? "" : name;
        stem = stem == null ? RichText.EMPTY : stem;
        generalFeedback = generalFeedback == null ? RichText.EMPTY : generalFeedback;
        defaultPoints = Fractions.normalise(defaultPoints == null ? BigDecimal.ONE : defaultPoints);
        tags = tags == null ? List.of() : List.copyOf(tags);
        source = source == null ? "" : source;
        author = author == null ? "" : author;
        idnumber = idnumber == null ? "" : idnumber;
    }

    /** A content with only the essentials; the rest defaults to empty and 1 point. */
    public static ItemContent of(ItemTypeCode type, RichText stem, ItemBody body) {
        return new ItemContent(type, "", stem, RichText.EMPTY, BigDecimal.ONE, List.of(), "", "", "", body);
    }

    public ItemContent withName(String newName) {
        return new ItemContent(type, newName, stem, generalFeedback, defaultPoints, tags, source, author, idnumber, body);
    }

    public ItemContent withPoints(BigDecimal points) {
        return new ItemContent(type, name, stem, generalFeedback, points, tags, source, author, idnumber, body);
    }

    public ItemContent withTags(List<String> newTags) {
        return new ItemContent(type, name, stem, generalFeedback, defaultPoints, newTags, source, author, idnumber, body);
    }

    public ItemContent withGeneralFeedback(RichText feedback) {
        return new ItemContent(type, name, stem, feedback, defaultPoints, tags, source, author, idnumber, body);
    }

    public ItemContent withIdnumber(String id) {
        return new ItemContent(type, name, stem, generalFeedback, defaultPoints, tags, source, author, id, body);
    }

    public ItemContent withProvenance(String newSource, String newAuthor) {
        return new ItemContent(type, name, stem, generalFeedback, defaultPoints, tags, newSource, newAuthor, idnumber, body);
    }

    /** A typed view of the body; fails loudly when the body does not fit the type. */
    public <B extends ItemBody> B body(Class<B> shape) {
        if (!shape.isInstance(body)) {
            throw new IllegalStateException(type + " item has a " + body.getClass().getSimpleName()
                    + ", expected a " + shape.getSimpleName());
        }
        return shape.cast(body);
    }
}

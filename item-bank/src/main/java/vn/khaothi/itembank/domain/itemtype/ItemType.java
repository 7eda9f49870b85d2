package vn.khaothi.itembank.domain.itemtype;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;
import vn.khaothi.itembank.domain.item.ItemBody;
import vn.khaothi.itembank.domain.item.ItemContent;
import vn.khaothi.itembank.domain.item.ItemTypeCode;
import vn.khaothi.itembank.domain.item.RichText;

/**
 * The plug-in for one item type (dạng câu hỏi): it knows the type's body and how it is stored as JSON,
 * checks it, shows it to a student without the key, scores a response and says what the pages need to
 * know of it ({@link #info()}, served as {@code GET /bank/item-types}). Types are registered in
 * {@link ItemTypes}; adding one means one new class, one line there and one {@link ItemTypeCode}
 * constant. The exchange formats (GIFT, Moodle XML, QTI, Word) map the types they carry in their own
 * mappers: a format that cannot carry a new type simply leaves it out (docs/architecture.md).
 *
 * <p>Views and responses are JSON objects exactly as in api-contract.md ("What a student receives,
 * and what a response looks like"); the engine adds {@code itemId} and {@code position}.
 */
public interface ItemType {

    ItemTypeCode code();

    /** The body shape this type reads. */
    Class<? extends ItemBody> bodyShape();

    /** What the pages show and need of this type: its labels, body fields, whether it is scored automatically… */
    ItemTypeInfo info();

    /**
     * The body read from the stored JSON object (docs/item-formats.md, "Stored content": the type's fields next to
     * {@code type}, {@code stem}, {@code points}…).
     *
     * @throws IllegalArgumentException naming the field in words when the object does not have the body's shape
     */
    ItemBody readBody(JsonObject stored);

    /** Adds the body's fields to the stored JSON object; {@code body} has this type's {@link #bodyShape()}. */
    void writeBody(ItemBody body, JsonObjectBuilder stored);

    /**
     * The body with {@code f} applied to each of its rich texts (option texts, feedback, guidance…, in reading order),
     * the rest unchanged: how pictures are found in an item and moved to the media library.
     */
    ItemBody mapTexts(ItemBody body, UnaryOperator<RichText> f);

    /**
     * Problems with a content of this type, as sentences a teacher can act on; empty when it is
     * usable. The checks common to every type (stem, points, body shape) are done by
     * {@link ItemTypes#validate(ItemContent)}, which callers use.
     */
    List<String> validate(ItemContent content);

    /**
     * What a student receives: {@code type}, {@code stem}, {@code points} and the type fields, never
     * a key or feedback.
     *
     * @param optionOrder the order of options (or statements, premises, elements) for this paper
     *                    version, as ids; empty for the content's own order
     * @param points      the points this item is worth in the paper
     * @throws IllegalArgumentException when {@code optionOrder} is not a permutation of the ids
     */
    JsonObject renderForStudent(ItemContent content, List<String> optionOrder, BigDecimal points);

    /**
     * Scores a response. {@code null} or {@code {}} is unanswered (0 points).
     *
     * @throws MalformedResponseException when the response does not have the type's shape or names
     *                                    ids the item does not have
     */
    Score score(ItemContent content, JsonObject response, BigDecimal maxPoints);
}

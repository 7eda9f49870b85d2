package vn.khaothi.itembank.domain.itemtype;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import vn.khaothi.itembank.domain.item.ItemTypeCode;

/**
 * What the pages know of an item type (thông tin dạng câu hỏi), served as {@code GET /api/v1/bank/item-types} so that
 * no page keeps its own copy: the code, its name in Vietnamese first and in English, the fields of its body in the
 * stored JSON shape (docs/item-formats.md), whether the engine scores it or a teacher grades it, whether a student
 * types the answer into a box, and the points a blueprint suggests for one item of the type.
 *
 * @param bodyFields      the type's own fields of the stored content, next to type, stem, points…
 * @param autoScored      the engine scores a response; false: a teacher grades it (essay)
 * @param typedAnswer     the student types the answer (a number, a text, an essay) rather than choosing
 * @param suggestedPoints points per item a new blueprint cell starts with, or null for the page's default (1). The
 *                        four types of the 2025 test format (phần I–III and the essay) have one; the page lists
 *                        those types first
 */
public record ItemTypeInfo(ItemTypeCode code, String labelVi, String labelEn, List<String> bodyFields,
                           boolean autoScored, boolean typedAnswer, BigDecimal suggestedPoints) {

    public ItemTypeInfo {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(labelVi, "labelVi");
        Objects.requireNonNull(labelEn, "labelEn");
        bodyFields = List.copyOf(bodyFields);
    }

    /** A type the engine scores, with no suggested points. */
    static ItemTypeInfo scored(ItemTypeCode code, String labelVi, String labelEn, boolean typedAnswer,
                               String... bodyFields) {
        return new ItemTypeInfo(code, labelVi, labelEn, List.of(bodyFields), true, typedAnswer, null);
    }

    ItemTypeInfo withSuggestedPoints(String points) {
        return new ItemTypeInfo(code, labelVi, labelEn, bodyFields, autoScored, typedAnswer, new BigDecimal(points));
    }
}

package vn.khaothi.itembank.application.assembly;

import java.math.BigDecimal;
import java.util.List;

/**
 * PaperVersion — <em>mã đề</em>: one printed or online variant of a paper, with its own item and option
 * order and its own answer key.
 *
 * @param code           the code printed on the version, e.g. "101"
 * @param items          the items in position order
 * @param answerKey      one entry per position, in position order
 * @param totalPoints    the sum of the items' points (equals the blueprint's maximum score)
 * @param meanDifficulty mean facility of the items that have statistics; null when none has
 */
public record PaperVersion(String code, List<PlacedItem> items, List<AnswerKeyEntry> answerKey,
        BigDecimal totalPoints, Double meanDifficulty) {

    public PaperVersion {
        items = List.copyOf(items);
        answerKey = List.copyOf(answerKey);
    }
}

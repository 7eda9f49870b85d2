package vn.khaothi.engine.infrastructure.print;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

import vn.khaothi.itembank.application.assembly.AnswerKeyEntry;
import vn.khaothi.itembank.application.assembly.PaperVersion;
import vn.khaothi.itembank.application.assembly.PlacedItem;
import vn.khaothi.itembank.domain.item.ItemContent;
import vn.khaothi.itembank.domain.item.NumericAnswer;
import vn.khaothi.itembank.domain.item.NumericBody;
import vn.khaothi.itembank.domain.item.StatementsBody;
import vn.khaothi.itembank.domain.item.TextAnswerBody;
import vn.khaothi.itembank.domain.item.TrueFalseBody;

/**
 * The answer key of one version (đáp án của một mã đề) as printed: one cell per position.
 *
 * @param versionCode the mã đề
 * @param cells       in position order
 */
public record VersionKey(String versionCode, List<Cell> cells) {

    /**
     * @param position 1-based position
     * @param part     the blueprint part code
     * @param key      "B"; "Đ S Đ Đ" for a true/false cluster; "12,5" for a short numeric answer
     */
    public record Cell(int position, String part, String key) {
    }

    public VersionKey {
        Objects.requireNonNull(versionCode, "versionCode");
        cells = List.copyOf(cells);
    }

    /** The key of an assembled version; keys that are not option letters are read from the item content. */
    public static VersionKey of(PaperVersion version, LongFunction<ItemContent> contentOf) {
        List<Cell> cells = new ArrayList<>();
        for (AnswerKeyEntry entry : version.answerKey()) {
            PlacedItem placed = version.items().stream().filter(i -> i.position() == entry.position()).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no item at position " + entry.position()));
            String key = entry.filledByCaller() ? fromContent(contentOf.apply(entry.itemId())) : entry.letters();
            cells.add(new Cell(entry.position(), placed.part(), key));
        }
        return new VersionKey(version.code(), cells);
    }

    /** What the key says of an essay: it is marked by hand against the marking guide. */
    public static final String ESSAY = "tự luận — xem hướng dẫn chấm";

    /** The key an item's content states: Đ/S per statement, the best numeric or text answer. */
    static String fromContent(ItemContent content) {
        if (content == null) {
            return "";
        }
        if (content.body() instanceof vn.khaothi.itembank.domain.item.EssayBody) {
            return ESSAY;
        }
        if (content.body() instanceof StatementsBody b) {
            return b.statements().stream().map(s -> s.correct() ? "Đ" : "S").collect(Collectors.joining(" "));
        }
        if (content.body() instanceof TrueFalseBody b) {
            return b.answer() ? "Đ" : "S";
        }
        if (content.body() instanceof NumericBody b) {
            return b.answers().stream().filter(a -> !a.isCatchAll() && a.fraction().compareTo(BigDecimal.ONE) == 0)
                    .map(NumericAnswer::value).findFirst().map(VersionKey::number).orElse("");
        }
        if (content.body() instanceof TextAnswerBody b) {
            return b.answers().stream().filter(a -> a.fraction().compareTo(BigDecimal.ONE) == 0).findFirst()
                    .map(a -> a.text()).orElse("");
        }
        return "";
    }

    /** A number as Vietnamese answer sheets write it: decimal comma, no trailing zeros. */
    static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}

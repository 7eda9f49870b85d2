package vn.khaothi.itembank.infrastructure.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.khaothi.itembank.domain.item.Choice;
import vn.khaothi.itembank.domain.item.ChoiceBody;
import vn.khaothi.itembank.domain.item.ItemContent;

/** Compact assertions on imported content, shared by the format conformance tests. */
public final class FormatAssertions {

    private FormatAssertions() {
    }

    /** Options as (text, fraction, feedback) triples, in order. */
    public static void choices(ItemContent item, Object... textFractionFeedback) {
        List<Choice> options = item.body(ChoiceBody.class).options();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < textFractionFeedback.length; i += 3) {
            expected.add(textFractionFeedback[i] + " | " + new BigDecimal(textFractionFeedback[i + 1].toString()).stripTrailingZeros().toPlainString()
                    + " | " + textFractionFeedback[i + 2]);
        }
        List<String> actual = options.stream().map(o -> o.text().html() + " | "
                + o.fraction().stripTrailingZeros().toPlainString() + " | " + o.feedback().html()).toList();
        assertEquals(expected, actual);
    }

    /** Option texts only, with the ids of the correct ones. */
    public static void key(ItemContent item, String... correctTexts) {
        List<String> correct = item.body(ChoiceBody.class).options().stream().filter(Choice::isCorrect)
                .map(o -> o.text().text()).toList();
        assertEquals(List.of(correctTexts), correct);
    }
}

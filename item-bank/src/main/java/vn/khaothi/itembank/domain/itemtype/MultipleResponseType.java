package vn.khaothi.itembank.domain.itemtype;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import vn.khaothi.itembank.domain.item.Choice;
import vn.khaothi.itembank.domain.item.ChoiceBody;
import vn.khaothi.itembank.domain.item.ItemBody;
import vn.khaothi.itembank.domain.item.ItemContent;
import vn.khaothi.itembank.domain.item.ItemTypeCode;
import vn.khaothi.itembank.domain.item.RichText;

/**
 * Multiple response (nhiều đáp án đúng). Scoring is Moodle's: each option carries a fraction
 * (the correct ones usually sum to 100 %, wrong ones are negative); the score is the sum of the
 * chosen options' fractions, floored at 0 and capped at 100 %. Choosing exactly the correct
 * options always earns 100 %, even when fractions such as 33.33333 % do not add up exactly.
 * Response {@code {"choices":["<optionId>",…]}}.
 */
public final class MultipleResponseType implements ItemType {

    @Override
    public ItemTypeCode code() {
        return ItemTypeCode.MULTIPLE_RESPONSE;
    }

    @Override
    public Class<? extends ItemBody> bodyShape() {
        return ChoiceBody.class;
    }

    @Override
    public ItemTypeInfo info() {
        return ItemTypeInfo.scored(code(), "Nhiều lựa chọn", "Multiple response", false, "options");
    }

    @Override
    public ItemBody readBody(JsonObject stored) {
        return ChoiceRules.readBody(stored);
    }

    @Override
    public void writeBody(ItemBody body, JsonObjectBuilder stored) {
        ChoiceRules.writeBody((ChoiceBody) body, stored);
    }

    @Override
    public ItemBody mapTexts(ItemBody body, UnaryOperator<RichText> f) {
        return ChoiceRules.mapTexts((ChoiceBody) body, f);
    }

    @Override
    public List<String> validate(ItemContent content) {
        List<Choice> options = content.body(ChoiceBody.class).options();
        List<String> problems = new ArrayList<>(ChoiceRules.common(options));
        BigDecimal positive = options.stream().map(Choice::fraction).filter(f -> f.signum() > 0)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        // Full marks must be reachable. Moodle writes thirds as 33.33333 %, hence the slack; more than
        // 100 % is allowed (Moodle's own test data has two options at 100 %) and capped when scoring.
        if (positive.compareTo(new BigDecimal("0.9999")) < 0) {
            problems.add("the correct options must add up to at least 100 %, they add up to "
                    + positive.movePointRight(2).stripTrailingZeros().toPlainString() + " %");
        }
        return problems;
    }

    @Override
    public JsonObject renderForStudent(ItemContent content, List<String> optionOrder, BigDecimal points) {
        return ChoiceRules.render(content, optionOrder, points);
    }

    @Override
    public Score score(ItemContent content, JsonObject response, BigDecimal maxPoints) {
        if (ResponseReader.isUnanswered(response)) {
            return Score.unanswered();
        }
        Set<String> chosen = new LinkedHashSet<>(ResponseReader.strings(response, "choices"));
        if (chosen.isEmpty()) {
            return Score.unanswered();
        }
        List<Choice> options = content.body(ChoiceBody.class).options();
        Map<String, Choice> byId = options.stream().collect(Collectors.toMap(Choice::id, Function.identity()));
        for (String id : chosen) {
            if (!byId.containsKey(id)) {
                throw new MalformedResponseException("no option " + id);
            }
        }
        Set<String> correct = options.stream().filter(Choice::isCorrect).map(Choice::id).collect(Collectors.toSet());
        if (chosen.equals(correct)) {
            return Score.of(BigDecimal.ONE, maxPoints);
        }
        BigDecimal sum = chosen.stream().map(id -> byId.get(id).fraction()).reduce(BigDecimal.ZERO, BigDecimal::add);
        return Score.of(sum, maxPoints);
    }
}

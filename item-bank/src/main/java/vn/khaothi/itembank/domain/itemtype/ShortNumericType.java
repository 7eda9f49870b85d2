package vn.khaothi.itembank.domain.itemtype;

import static vn.khaothi.itembank.domain.json.JsonFields.array;
import static vn.khaothi.itembank.domain.json.JsonFields.html;
import static vn.khaothi.itembank.domain.json.JsonFields.list;
import static vn.khaothi.itembank.domain.json.JsonFields.num;
import static vn.khaothi.itembank.domain.json.JsonFields.plain;
import static vn.khaothi.itembank.domain.json.JsonFields.requiredNum;
import static vn.khaothi.itembank.domain.json.Jsonp.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import vn.khaothi.itembank.domain.item.ItemBody;
import vn.khaothi.itembank.domain.item.ItemContent;
import vn.khaothi.itembank.domain.item.ItemTypeCode;
import vn.khaothi.itembank.domain.item.NumericAnswer;
import vn.khaothi.itembank.domain.item.NumericBody;
import vn.khaothi.itembank.domain.item.RichText;

/**
 * Short numeric answer (trả lời ngắn, part III of the 2025 format). The typed text is read as a
 * number with either decimal separator ("0,5" = "0.5"); it earns the best fraction among the
 * answers whose value ± tolerance contains it, otherwise 0. Text that is not a number is wrong,
 * not malformed: the student typed it. Response {@code {"text":"…"}}.
 */
public final class ShortNumericType implements ItemType {

    @Override
    public ItemTypeCode code() {
        return ItemTypeCode.SHORT_NUMERIC;
    }

    @Override
    public Class<? extends ItemBody> bodyShape() {
        return NumericBody.class;
    }

    @Override
    public ItemTypeInfo info() {
        return ItemTypeInfo.scored(code(), "Trả lời ngắn (số)", "Short numeric", true, "answers")
                .withSuggestedPoints("0.5");
    }

    @Override
    public ItemBody readBody(JsonObject o) {
        return new NumericBody(list(o, "answers", x -> new NumericAnswer(x.isNull("value") ? null : requiredNum(x, "value"),
                num(x, "tolerance"), num(x, "fraction"), html(x, "feedback"))));
    }

    @Override
    public void writeBody(ItemBody body, JsonObjectBuilder o) {
        o.add("answers", array(((NumericBody) body).answers(), a -> {
            JsonObjectBuilder x = JSON.createObjectBuilder();
            if (a.isCatchAll()) {
                x.addNull("value");
            } else {
                x.add("value", plain(a.value()));
            }
            return x.add("tolerance", plain(a.tolerance())).add("fraction", plain(a.fraction()))
                    .add("feedback", a.feedback().html());
        }));
    }

    @Override
    public ItemBody mapTexts(ItemBody body, UnaryOperator<RichText> f) {
        return new NumericBody(((NumericBody) body).answers().stream()
                .map(a -> new NumericAnswer(a.value(), a.tolerance(), a.fraction(), f.apply(a.feedback()))).toList());
    }

    @Override
    public List<String> validate(ItemContent content) {
        List<NumericAnswer> answers = content.body(NumericBody.class).answers();
        List<String> problems = new ArrayList<>();
        if (answers.stream().noneMatch(a -> !a.isCatchAll() && a.fraction().compareTo(BigDecimal.ONE) == 0)) {
            problems.add("one accepted number must be worth 100 %");
        }
        answers.stream().filter(a -> a.tolerance().signum() < 0)
                .forEach(a -> problems.add("tolerance of " + a.value() + " is negative"));
        return problems;
    }

    @Override
    public JsonObject renderForStudent(ItemContent content, List<String> optionOrder, BigDecimal points) {
        return StudentView.start(content, points).build();
    }

    @Override
    public Score score(ItemContent content, JsonObject response, BigDecimal maxPoints) {
        if (ResponseReader.isUnanswered(response)) {
            return Score.unanswered();
        }
        String text = ResponseReader.string(response, "text");
        if (text.isBlank()) {
            return Score.unanswered();
        }
        return Score.of(bestFraction(content.body(NumericBody.class).answers(), text), maxPoints);
    }

    static BigDecimal bestFraction(List<NumericAnswer> answers, String typed) {
        Optional<BigDecimal> number = NumberReader.read(typed);
        if (number.isEmpty()) {
            return BigDecimal.ZERO;
        }
        return answers.stream().filter(a -> a.accepts(number.get())).map(NumericAnswer::fraction)
                .max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
    }
}

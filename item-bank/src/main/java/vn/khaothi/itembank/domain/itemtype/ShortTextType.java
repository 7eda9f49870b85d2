package vn.khaothi.itembank.domain.itemtype;

import static vn.khaothi.itembank.domain.json.JsonFields.array;
import static vn.khaothi.itembank.domain.json.JsonFields.html;
import static vn.khaothi.itembank.domain.json.JsonFields.list;
import static vn.khaothi.itembank.domain.json.JsonFields.num;
import static vn.khaothi.itembank.domain.json.JsonFields.plain;
import static vn.khaothi.itembank.domain.json.JsonFields.text;
import static vn.khaothi.itembank.domain.json.Jsonp.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import vn.khaothi.itembank.domain.item.ItemBody;
import vn.khaothi.itembank.domain.item.ItemContent;
import vn.khaothi.itembank.domain.item.ItemTypeCode;
import vn.khaothi.itembank.domain.item.RichText;
import vn.khaothi.itembank.domain.item.TextAnswer;
import vn.khaothi.itembank.domain.item.TextAnswerBody;

/**
 * Short text answer (điền từ). The typed text earns the best fraction among the accepted answers
 * it matches: spaces trimmed and collapsed, case ignored unless the item is case-sensitive,
 * diacritics always significant, {@code *} a wildcard. Response {@code {"text":"…"}}.
 */
public final class ShortTextType implements ItemType {

    @Override
    public ItemTypeCode code() {
        return ItemTypeCode.SHORT_TEXT;
    }

    @Override
    public Class<? extends ItemBody> bodyShape() {
        return TextAnswerBody.class;
    }

    @Override
    public ItemTypeInfo info() {
        return ItemTypeInfo.scored(code(), "Trả lời ngắn", "Short text", true, "answers", "caseSensitive");
    }

    @Override
    public ItemBody readBody(JsonObject o) {
        return new TextAnswerBody(list(o, "answers",
                x -> new TextAnswer(text(x, "text"), num(x, "fraction"), html(x, "feedback"))),
                o.getBoolean("caseSensitive", false));
    }

    @Override
    public void writeBody(ItemBody body, JsonObjectBuilder o) {
        TextAnswerBody b = (TextAnswerBody) body;
        o.add("answers", array(b.answers(), a -> JSON.createObjectBuilder().add("text", a.text())
                        .add("fraction", plain(a.fraction())).add("feedback", a.feedback().html())))
                .add("caseSensitive", b.caseSensitive());
    }

    @Override
    public ItemBody mapTexts(ItemBody body, UnaryOperator<RichText> f) {
        TextAnswerBody b = (TextAnswerBody) body;
        return new TextAnswerBody(b.answers().stream().map(a -> new TextAnswer(a.text(), a.fraction(), f.apply(a.feedback())))
                .toList(), b.caseSensitive());
    }

    @Override
    public List<String> validate(ItemContent content) {
        List<TextAnswer> answers = content.body(TextAnswerBody.class).answers();
        List<String> problems = new ArrayList<>();
        if (answers.stream().noneMatch(a -> a.fraction().compareTo(BigDecimal.ONE) == 0)) {
            problems.add("one accepted answer must be worth 100 %");
        }
        answers.stream().filter(a -> a.text().isBlank()).findFirst()
                .ifPresent(a -> problems.add("an accepted answer is empty"));
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
        TextAnswerBody body = content.body(TextAnswerBody.class);
        return Score.of(bestFraction(body.answers(), text, body.caseSensitive()), maxPoints);
    }

    static BigDecimal bestFraction(List<TextAnswer> answers, String typed, boolean caseSensitive) {
        return answers.stream().filter(a -> TextMatcher.matches(a.text(), typed, caseSensitive))
                .map(TextAnswer::fraction).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
    }
}

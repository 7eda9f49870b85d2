package vn.khaothi.itembank.domain.itemtype;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import vn.khaothi.itembank.domain.item.Choice;
import vn.khaothi.itembank.domain.item.ChoiceBody;
import vn.khaothi.itembank.domain.item.ItemBody;
import vn.khaothi.itembank.domain.item.ItemContent;
import vn.khaothi.itembank.domain.item.ItemTypeCode;
import vn.khaothi.itembank.domain.item.RichText;

/**
 * Single choice (trắc nghiệm nhiều lựa chọn, một đáp án). Scoring: the chosen option's fraction —
 * all-or-nothing for a normal key (one option at 100 %, the rest 0); options imported from Moodle
 * with partial credit (e.g. 50 %) keep it. Response {@code {"choice":"<optionId>"}}.
 */
public final class SingleChoiceType implements ItemType {

    @Override
    public ItemTypeCode code() {
        return ItemTypeCode.SINGLE_CHOICE;
    }

    @Override
    public Class<? extends ItemBody> bodyShape() {
        return ChoiceBody.class;
    }

    @Override
    public ItemTypeInfo info() {
        return ItemTypeInfo.scored(code(), "Trắc nghiệm một lựa chọn", "Single choice", false, "options")
                .withSuggestedPoints("0.25");
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
        if (options.stream().noneMatch(o -> o.fraction().compareTo(BigDecimal.ONE) == 0)) {
            problems.add("one option must be the key (100 %)");
        }
        if (options.stream().filter(o -> o.fraction().compareTo(BigDecimal.ONE) == 0).count() > 1) {
            problems.add("only one option may be the key; use MULTIPLE_RESPONSE for several");
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
        String chosen = ResponseReader.string(response, "choice");
        Choice option = content.body(ChoiceBody.class).options().stream()
                .filter(o -> o.id().equals(chosen)).findFirst()
                .orElseThrow(() -> new MalformedResponseException("no option " + chosen));
        return Score.of(option.fraction(), maxPoints);
    }
}

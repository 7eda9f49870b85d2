package vn.khaothi.itembank.domain.itemtype;

import static vn.khaothi.itembank.domain.json.JsonFields.bool;
import static vn.khaothi.itembank.domain.json.JsonFields.html;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;
import vn.khaothi.itembank.domain.item.ItemBody;
import vn.khaothi.itembank.domain.item.ItemContent;
import vn.khaothi.itembank.domain.item.ItemTypeCode;
import vn.khaothi.itembank.domain.item.RichText;
import vn.khaothi.itembank.domain.item.TrueFalseBody;

/** A single true/false judgement (đúng/sai). All or nothing. Response {@code {"value":true|false}}. */
public final class TrueFalseType implements ItemType {

    @Override
    public ItemTypeCode code() {
        return ItemTypeCode.TRUE_FALSE;
    }

    @Override
    public Class<? extends ItemBody> bodyShape() {
        return TrueFalseBody.class;
    }

    @Override
    public ItemTypeInfo info() {
        return ItemTypeInfo.scored(code(), "Đúng/Sai", "True/false", false, "answer", "feedbackTrue", "feedbackFalse");
    }

    @Override
    public ItemBody readBody(JsonObject o) {
        return new TrueFalseBody(bool(o, "answer"), html(o, "feedbackTrue"), html(o, "feedbackFalse"));
    }

    @Override
    public void writeBody(ItemBody body, JsonObjectBuilder o) {
        TrueFalseBody b = (TrueFalseBody) body;
        o.add("answer", b.answer()).add("feedbackTrue", b.feedbackTrue().html())
                .add("feedbackFalse", b.feedbackFalse().html());
    }

    @Override
    public ItemBody mapTexts(ItemBody body, UnaryOperator<RichText> f) {
        TrueFalseBody b = (TrueFalseBody) body;
        return new TrueFalseBody(b.answer(), f.apply(b.feedbackTrue()), f.apply(b.feedbackFalse()));
    }

    @Override
    public List<String> validate(ItemContent content) {
        content.body(TrueFalseBody.class);
        return List.of();
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
        boolean given = ResponseReader.bool(response, "value");
        boolean right = given == content.body(TrueFalseBody.class).answer();
        return Score.of(right ? BigDecimal.ONE : BigDecimal.ZERO, maxPoints);
    }
}

package vn.khaothi.itembank.domain.itemtype;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import vn.khaothi.itembank.domain.item.ItemBody;
import vn.khaothi.itembank.domain.item.ItemContent;
import vn.khaothi.itembank.domain.item.ItemTypeCode;
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

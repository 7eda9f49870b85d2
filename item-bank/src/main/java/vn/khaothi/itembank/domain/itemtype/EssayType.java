package vn.khaothi.itembank.domain.itemtype;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import vn.khaothi.itembank.domain.item.EssayBody;
import vn.khaothi.itembank.domain.item.ItemBody;
import vn.khaothi.itembank.domain.item.ItemContent;
import vn.khaothi.itembank.domain.item.ItemTypeCode;

/**
 * Essay (tự luận): a teacher grades it, so a non-empty response is {@link ScoreState#NEEDS_GRADING}
 * with 0 points until then. Response {@code {"text":"…"}}.
 */
public final class EssayType implements ItemType {

    @Override
    public ItemTypeCode code() {
        return ItemTypeCode.ESSAY;
    }

    @Override
    public Class<? extends ItemBody> bodyShape() {
        return EssayBody.class;
    }

    @Override
    public List<String> validate(ItemContent content) {
        return content.body(EssayBody.class).rubric().problems(content.defaultPoints());
    }

    @Override
    public JsonObject renderForStudent(ItemContent content, List<String> optionOrder, BigDecimal points) {
        return StudentView.start(content, points).build();
    }

    @Override
    public Score score(ItemContent content, JsonObject response, BigDecimal maxPoints) {
        if (ResponseReader.isUnanswered(response) || ResponseReader.string(response, "text").isBlank()) {
            return Score.unanswered();
        }
        return Score.needsGrading();
    }
}

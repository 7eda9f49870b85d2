package vn.khaothi.itembank.domain.itemtype;

import static vn.khaothi.itembank.domain.json.JsonFields.array;
import static vn.khaothi.itembank.domain.json.JsonFields.html;
import static vn.khaothi.itembank.domain.json.JsonFields.list;
import static vn.khaothi.itembank.domain.json.JsonFields.num;
import static vn.khaothi.itembank.domain.json.JsonFields.plain;
import static vn.khaothi.itembank.domain.json.Jsonp.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;
import vn.khaothi.itembank.domain.item.EssayBody;
import vn.khaothi.itembank.domain.item.ItemBody;
import vn.khaothi.itembank.domain.item.ItemContent;
import vn.khaothi.itembank.domain.item.ItemTypeCode;
import vn.khaothi.itembank.domain.item.RichText;
import vn.khaothi.itembank.domain.item.Rubric;

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
    public ItemTypeInfo info() {
        return new ItemTypeInfo(code(), "Tự luận", "Essay", java.util.List.of("guidance", "responseTemplate", "rubric"),
                false, true, BigDecimal.ONE);
    }

    @Override
    public ItemBody readBody(JsonObject o) {
        return new EssayBody(html(o, "guidance"), html(o, "responseTemplate"), rubric(o));
    }

    /** The optional rubric of an essay: {@code [{"id","name","levels":[{"label","points"}]}]}. */
    public static Rubric rubric(JsonObject o) {
        if (!(o.get("rubric") instanceof JsonArray)) {
            return Rubric.NONE;
        }
        return new Rubric(list(o, "rubric", c -> new Rubric.Criterion(c.getString("id", ""), c.getString("name", ""),
                c.get("levels") instanceof JsonArray ? list(c, "levels",
                        l -> new Rubric.Level(l.getString("label", ""), num(l, "points"))) : List.of())));
    }

    @Override
    public void writeBody(ItemBody body, JsonObjectBuilder o) {
        EssayBody b = (EssayBody) body;
        o.add("guidance", b.guidance().html()).add("responseTemplate", b.responseTemplate().html());
        if (!b.rubric().isEmpty()) {  // additive: essays without a rubric keep their stored shape
            o.add("rubric", array(b.rubric().criteria(), c -> JSON.createObjectBuilder().add("id", c.id())
                    .add("name", c.name()).add("levels", array(c.levels(), l -> {
                        JsonObjectBuilder x = JSON.createObjectBuilder().add("label", l.label());
                        return l.points() == null ? x.addNull("points") : x.add("points", plain(l.points()));
                    }))));
        }
    }

    @Override
    public ItemBody mapTexts(ItemBody body, UnaryOperator<RichText> f) {
        EssayBody b = (EssayBody) body;
        return new EssayBody(f.apply(b.guidance()), f.apply(b.responseTemplate()), b.rubric());
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

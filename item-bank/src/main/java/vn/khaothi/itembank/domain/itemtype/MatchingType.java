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
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import vn.khaothi.itembank.domain.item.ItemBody;
import vn.khaothi.itembank.domain.item.ItemContent;
import vn.khaothi.itembank.domain.item.ItemTypeCode;
import vn.khaothi.itembank.domain.item.MatchPair;
import vn.khaothi.itembank.domain.item.MatchingBody;
import vn.khaothi.itembank.domain.item.RichText;

/**
 * Matching (ghép nối). Partial credit: the weights of the premises matched to their answer,
 * divided by the weights of all premises (equal weights: 3 of 4 right = 75 %). Premises appear
 * in the paper's order, answers sorted. Response {@code {"pairs":{"<leftId>":"<rightId>",…}}}.
 */
public final class MatchingType implements ItemType {

    @Override
    public ItemTypeCode code() {
        return ItemTypeCode.MATCHING;
    }

    @Override
    public Class<? extends ItemBody> bodyShape() {
        return MatchingBody.class;
    }

    @Override
    public ItemTypeInfo info() {
        return ItemTypeInfo.scored(code(), "Ghép nối", "Matching", false, "pairs");
    }

    @Override
    public ItemBody readBody(JsonObject o) {
        return new MatchingBody(list(o, "pairs", x -> new MatchPair(text(x, "id"), html(x, "left"),
                text(x, "right"), num(x, "weight"))));
    }

    @Override
    public void writeBody(ItemBody body, JsonObjectBuilder o) {
        o.add("pairs", array(((MatchingBody) body).pairs(), p -> JSON.createObjectBuilder().add("id", p.id())
                .add("left", p.left().html()).add("right", p.right()).add("weight", plain(p.weight()))));
    }

    @Override
    public ItemBody mapTexts(ItemBody body, UnaryOperator<RichText> f) {
        return new MatchingBody(((MatchingBody) body).pairs().stream()
                .map(p -> new MatchPair(p.id(), f.apply(p.left()), p.right(), p.weight())).toList());
    }

    @Override
    public List<String> validate(ItemContent content) {
        MatchingBody body = content.body(MatchingBody.class);
        List<String> problems = new ArrayList<>();
        if (body.premises().size() < 2) {
            problems.add("a matching item needs at least 2 premises, has " + body.premises().size());
        }
        if (new HashSet<>(body.pairs().stream().map(MatchPair::id).toList()).size() != body.pairs().size()) {
            problems.add("pair ids must be unique");
        }
        body.pairs().stream().filter(p -> p.right().isBlank())
                .forEach(p -> problems.add("pair " + p.id() + " has no answer"));
        body.premises().stream().filter(p -> p.weight().signum() <= 0)
                .forEach(p -> problems.add("pair " + p.id() + " must have a positive weight"));
        return problems;
    }

    @Override
    public JsonObject renderForStudent(ItemContent content, List<String> optionOrder, BigDecimal points) {
        MatchingBody body = content.body(MatchingBody.class);
        List<MatchPair> premises = StudentView.ordered(body.premises(), MatchPair::id, optionOrder);
        List<String> answers = body.answers();
        List<String[]> right = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            // Answer texts are plain text; the view carries HTML like every other text field.
            right.add(new String[] {body.rightIds().get(i), RichText.plain(answers.get(i)).html()});
        }
        return StudentView.start(content, points)
                .add("left", StudentView.idText(premises.stream().map(p -> new String[] {p.id(), p.left().html()}).toList()))
                .add("right", StudentView.idText(right))
                .build();
    }

    @Override
    public Score score(ItemContent content, JsonObject response, BigDecimal maxPoints) {
        if (ResponseReader.isUnanswered(response)) {
            return Score.unanswered();
        }
        Map<String, String> given = ResponseReader.stringMap(response, "pairs");
        MatchingBody body = content.body(MatchingBody.class);
        List<String> rightIds = body.rightIds();
        for (Map.Entry<String, String> e : given.entrySet()) {
            if (body.premises().stream().noneMatch(p -> p.id().equals(e.getKey()))) {
                throw new MalformedResponseException("no premise " + e.getKey());
            }
            if (!rightIds.contains(e.getValue())) {
                throw new MalformedResponseException("no answer " + e.getValue());
            }
        }
        if (given.isEmpty()) {
            return Score.unanswered();
        }
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal earned = BigDecimal.ZERO;
        for (MatchPair premise : body.premises()) {
            total = total.add(premise.weight());
            if (body.rightIdOf(premise.right()).equals(given.get(premise.id()))) {
                earned = earned.add(premise.weight());
            }
        }
        return Score.of(earned.divide(total, 7, RoundingMode.HALF_UP), maxPoints);
    }
}

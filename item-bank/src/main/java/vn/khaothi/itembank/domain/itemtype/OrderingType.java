package vn.khaothi.itembank.domain.itemtype;

import static vn.khaothi.itembank.domain.json.JsonFields.array;
import static vn.khaothi.itembank.domain.json.JsonFields.html;
import static vn.khaothi.itembank.domain.json.JsonFields.list;
import static vn.khaothi.itembank.domain.json.JsonFields.text;
import static vn.khaothi.itembank.domain.json.Jsonp.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.function.UnaryOperator;
import vn.khaothi.itembank.domain.item.ItemBody;
import vn.khaothi.itembank.domain.item.ItemContent;
import vn.khaothi.itembank.domain.item.ItemTypeCode;
import vn.khaothi.itembank.domain.item.Option;
import vn.khaothi.itembank.domain.item.OrderingBody;
import vn.khaothi.itembank.domain.item.RichText;

/**
 * Ordering (sắp xếp). Partial credit: the share of elements placed at their correct position
 * (all of them = 100 %). Without a paper order the elements are shown sorted by id, never in the
 * correct order. Response {@code {"order":["<optionId>",…]}} naming every element once.
 */
public final class OrderingType implements ItemType {

    @Override
    public ItemTypeCode code() {
        return ItemTypeCode.ORDERING;
    }

    @Override
    public Class<? extends ItemBody> bodyShape() {
        return OrderingBody.class;
    }

    @Override
    public ItemTypeInfo info() {
        return ItemTypeInfo.scored(code(), "Sắp xếp", "Ordering", false, "sequence");
    }

    @Override
    public ItemBody readBody(JsonObject o) {
        return new OrderingBody(list(o, "sequence", x -> new Option(text(x, "id"), html(x, "text"))));
    }

    @Override
    public void writeBody(ItemBody body, JsonObjectBuilder o) {
        o.add("sequence", array(((OrderingBody) body).sequence(), s -> JSON.createObjectBuilder().add("id", s.id())
                .add("text", s.text().html())));
    }

    @Override
    public ItemBody mapTexts(ItemBody body, UnaryOperator<RichText> f) {
        return new OrderingBody(((OrderingBody) body).sequence().stream().map(o -> new Option(o.id(), f.apply(o.text()))).toList());
    }

    @Override
    public List<String> validate(ItemContent content) {
        List<Option> sequence = content.body(OrderingBody.class).sequence();
        List<String> problems = new ArrayList<>();
        if (sequence.size() < 2) {
            problems.add("an ordering item needs at least 2 elements, has " + sequence.size());
        }
        if (new HashSet<>(sequence.stream().map(Option::id).toList()).size() != sequence.size()) {
            problems.add("element ids must be unique");
        }
        sequence.stream().filter(o -> o.text().isEmpty()).forEach(o -> problems.add("element " + o.id() + " has no text"));
        return problems;
    }

    @Override
    public JsonObject renderForStudent(ItemContent content, List<String> optionOrder, BigDecimal points) {
        List<Option> sequence = content.body(OrderingBody.class).sequence();
        List<Option> shown = optionOrder == null || optionOrder.isEmpty()
                ? sequence.stream().sorted(Comparator.comparing(Option::id)).toList()
                : StudentView.ordered(sequence, Option::id, optionOrder);
        return StudentView.start(content, points)
                .add("options", StudentView.idText(shown.stream().map(o -> new String[] {o.id(), o.text().html()}).toList()))
                .build();
    }

    @Override
    public Score score(ItemContent content, JsonObject response, BigDecimal maxPoints) {
        if (ResponseReader.isUnanswered(response)) {
            return Score.unanswered();
        }
        List<String> order = ResponseReader.strings(response, "order");
        List<String> correct = content.body(OrderingBody.class).sequence().stream().map(Option::id).toList();
        if (order.size() != correct.size() || !new HashSet<>(order).equals(new HashSet<>(correct))) {
            throw new MalformedResponseException("order must name each of " + correct + " once");
        }
        int placed = 0;
        for (int i = 0; i < correct.size(); i++) {
            if (correct.get(i).equals(order.get(i))) {
                placed++;
            }
        }
        return Score.of(BigDecimal.valueOf(placed).divide(BigDecimal.valueOf(correct.size()), 7, RoundingMode.HALF_UP),
                maxPoints);
    }
}

package vn.khaothi.itembank.domain.itemtype;

import static vn.khaothi.itembank.domain.json.Jsonp.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.khaothi.itembank.domain.item.ItemContent;

/** Builds the fields every student view has, and applies a paper version's order. */
final class StudentView {

    private StudentView() {
    }

    static JsonObjectBuilder start(ItemContent content, BigDecimal points) {
        return JSON.createObjectBuilder()
                .add("type", content.type().name())
                .add("stem", content.stem().html())
                .add("points", points);
    }

    /** The elements in the requested order; the natural order when {@code order} is empty. */
    static <T> List<T> ordered(List<T> elements, Function<T, String> id, List<String> order) {
        if (order == null || order.isEmpty()) {
            return elements;
        }
        Map<String, T> byId = elements.stream().collect(Collectors.toMap(id, e -> e));
        if (order.size() != elements.size() || !byId.keySet().equals(new HashSet<>(order))) {
            throw new IllegalArgumentException("option order " + order + " is not a permutation of " + byId.keySet());
        }
        List<T> out = new ArrayList<>();
        order.forEach(i -> out.add(byId.get(i)));
        return out;
    }

    static JsonArrayBuilder idText(List<String[]> idAndText) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        idAndText.forEach(p -> array.add(JSON.createObjectBuilder().add("id", p[0]).add("text", p[1])));
        return array;
    }
}

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
import java.util.HashSet;
import java.util.List;
import java.util.function.UnaryOperator;
import vn.khaothi.itembank.domain.item.Choice;
import vn.khaothi.itembank.domain.item.ChoiceBody;
import vn.khaothi.itembank.domain.item.ItemContent;
import vn.khaothi.itembank.domain.item.RichText;

/** What single choice and multiple response share: option checks, the stored options and the options view. */
final class ChoiceRules {

    private ChoiceRules() {
    }

    /** {@code "options": [{"id","text","fraction","feedback","locked"}]}. */
    static ChoiceBody readBody(JsonObject o) {
        return new ChoiceBody(list(o, "options", x -> new Choice(text(x, "id"), html(x, "text"), num(x, "fraction"),
                html(x, "feedback"), x.getBoolean("locked", false))));
    }

    static ChoiceBody mapTexts(ChoiceBody body, UnaryOperator<RichText> f) {
        return new ChoiceBody(body.options().stream().map(o -> new Choice(o.id(), f.apply(o.text()), o.fraction(),
                f.apply(o.feedback()), o.locked())).toList());
    }

    static void writeBody(ChoiceBody body, JsonObjectBuilder o) {
        o.add("options", array(body.options(), ch -> JSON.createObjectBuilder().add("id", ch.id())
                .add("text", ch.text().html()).add("fraction", plain(ch.fraction()))
                .add("feedback", ch.feedback().html()).add("locked", ch.locked())));
    }

    static List<String> common(List<Choice> options) {
        List<String> problems = new ArrayList<>();
        if (options.size() < 2) {
            problems.add("a choice item needs at least 2 options, has " + options.size());
        }
        if (new HashSet<>(options.stream().map(Choice::id).toList()).size() != options.size()) {
            problems.add("option ids must be unique");
        }
        for (Choice o : options) {
            if (o.text().isEmpty()) {
                problems.add("option " + o.id() + " has no text");
            }
            if (o.fraction().abs().compareTo(BigDecimal.ONE) > 0) {
                problems.add("option " + o.id() + " is worth " + o.fraction() + ", outside -1…1");
            }
        }
        return problems;
    }

    static JsonObject render(ItemContent content, List<String> optionOrder, BigDecimal points) {
        List<Choice> options = StudentView.ordered(content.body(ChoiceBody.class).options(), Choice::id, optionOrder);
        return StudentView.start(content, points)
                .add("options", StudentView.idText(options.stream().map(o -> new String[] {o.id(), o.text().html()}).toList()))
                .build();
    }
}

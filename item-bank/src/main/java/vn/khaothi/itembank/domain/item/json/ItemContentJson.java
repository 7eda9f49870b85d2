package vn.khaothi.itembank.domain.item.json;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import vn.khaothi.itembank.domain.item.Choice;
import vn.khaothi.itembank.domain.item.ChoiceBody;
import vn.khaothi.itembank.domain.item.ClozeBody;
import vn.khaothi.itembank.domain.item.EssayBody;
import vn.khaothi.itembank.domain.item.Gap;
import vn.khaothi.itembank.domain.item.GapAnswer;
import vn.khaothi.itembank.domain.item.GapKind;
import vn.khaothi.itembank.domain.item.ItemBody;
import vn.khaothi.itembank.domain.item.ItemContent;
import vn.khaothi.itembank.domain.item.ItemTypeCode;
import vn.khaothi.itembank.domain.item.MatchPair;
import vn.khaothi.itembank.domain.item.MatchingBody;
import vn.khaothi.itembank.domain.item.NumericAnswer;
import vn.khaothi.itembank.domain.item.NumericBody;
import vn.khaothi.itembank.domain.item.Option;
import vn.khaothi.itembank.domain.item.OrderingBody;
import vn.khaothi.itembank.domain.item.RichText;
import vn.khaothi.itembank.domain.item.Rubric;
import vn.khaothi.itembank.domain.item.Statement;
import vn.khaothi.itembank.domain.item.StatementsBody;
import vn.khaothi.itembank.domain.item.TextAnswer;
import vn.khaothi.itembank.domain.item.TextAnswerBody;
import vn.khaothi.itembank.domain.item.TrueFalseBody;

/**
 * The storage form of {@link ItemContent}: one JSON object, written with JSON-P (the platform's
 * API, provided by Payara). Explicit mapping rather than JSON-B binding because the body is
 * polymorphic and the stored shape must not change when a Java class is renamed. Numbers are
 * JSON numbers read as {@link BigDecimal}, so fractions and points survive exactly. The shape is
 * documented in docs/item-formats.md ("Stored content").
 */
public final class ItemContentJson {

    private ItemContentJson() {
    }

    public static String write(ItemContent content) {
        return toJson(content).toString();
    }

    public static ItemContent read(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return fromJson(reader.readObject());
        } catch (JsonException | ClassCastException | NullPointerException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a stored item content: " + e.getMessage(), e);
        }
    }

    public static JsonObject toJson(ItemContent c) {
        JsonObjectBuilder o = Json.createObjectBuilder()
                .add("type", c.type().name())
                .add("name", c.name())
                .add("stem", c.stem().html())
                .add("generalFeedback", c.generalFeedback().html())
                .add("points", c.defaultPoints())
                .add("tags", strings(c.tags()))
                .add("source", c.source())
                .add("author", c.author())
                .add("idnumber", c.idnumber());
        writeBody(o, c.body());
        return o.build();
    }

    private static void writeBody(JsonObjectBuilder o, ItemBody body) {
        if (body instanceof ChoiceBody b) {
            o.add("options", array(b.options(), ch -> Json.createObjectBuilder().add("id", ch.id())
                    .add("text", ch.text().html()).add("fraction", ch.fraction())
                    .add("feedback", ch.feedback().html()).add("locked", ch.locked())));
        } else if (body instanceof TrueFalseBody b) {
            o.add("answer", b.answer()).add("feedbackTrue", b.feedbackTrue().html())
                    .add("feedbackFalse", b.feedbackFalse().html());
        } else if (body instanceof StatementsBody b) {
            o.add("statements", array(b.statements(), s -> Json.createObjectBuilder().add("id", s.id())
                    .add("text", s.text().html()).add("correct", s.correct())));
        } else if (body instanceof NumericBody b) {
            o.add("answers", array(b.answers(), a -> {
                JsonObjectBuilder x = Json.createObjectBuilder();
                if (a.isCatchAll()) {
                    x.addNull("value");
                } else {
                    x.add("value", a.value());
                }
                return x.add("tolerance", a.tolerance()).add("fraction", a.fraction()).add("feedback", a.feedback().html());
            }));
        } else if (body instanceof TextAnswerBody b) {
            o.add("answers", array(b.answers(), a -> Json.createObjectBuilder().add("text", a.text())
                    .add("fraction", a.fraction()).add("feedback", a.feedback().html())))
                    .add("caseSensitive", b.caseSensitive());
        } else if (body instanceof MatchingBody b) {
            o.add("pairs", array(b.pairs(), p -> Json.createObjectBuilder().add("id", p.id())
                    .add("left", p.left().html()).add("right", p.right()).add("weight", p.weight())));
        } else if (body instanceof OrderingBody b) {
            o.add("sequence", array(b.sequence(), s -> Json.createObjectBuilder().add("id", s.id())
                    .add("text", s.text().html())));
        } else if (body instanceof ClozeBody b) {
            o.add("gaps", array(b.gaps(), g -> Json.createObjectBuilder().add("id", g.id())
                    .add("kind", g.kind().name()).add("weight", g.weight()).add("caseSensitive", g.caseSensitive())
                    .add("answers", array(g.answers(), a -> Json.createObjectBuilder().add("id", a.id())
                            .add("text", a.text()).add("tolerance", a.tolerance()).add("fraction", a.fraction())
                            .add("feedback", a.feedback().html())))));
        } else if (body instanceof EssayBody b) {
            o.add("guidance", b.guidance().html()).add("responseTemplate", b.responseTemplate().html());
            if (!b.rubric().isEmpty()) {  // additive: essays without a rubric keep their stored shape
                o.add("rubric", array(b.rubric().criteria(), c -> Json.createObjectBuilder().add("id", c.id())
                        .add("name", c.name()).add("levels", array(c.levels(), l -> {
                            JsonObjectBuilder x = Json.createObjectBuilder().add("label", l.label());
                            return l.points() == null ? x.addNull("points") : x.add("points", l.points());
                        }))));
            }
        } else {
            throw new IllegalStateException("unknown body " + body.getClass());
        }
    }

    public static ItemContent fromJson(JsonObject o) {
        ItemTypeCode type = ItemTypeCode.valueOf(o.getString("type"));
        return new ItemContent(type, o.getString("name", ""), html(o, "stem"), html(o, "generalFeedback"),
                o.getJsonNumber("points").bigDecimalValue(),
                o.getJsonArray("tags").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList(),
                o.getString("source", ""), o.getString("author", ""), o.getString("idnumber", ""), readBody(type, o));
    }

    private static ItemBody readBody(ItemTypeCode type, JsonObject o) {
        return switch (type) {
            case SINGLE_CHOICE, MULTIPLE_RESPONSE -> new ChoiceBody(list(o, "options", x -> new Choice(x.getString("id"),
                    html(x, "text"), num(x, "fraction"), html(x, "feedback"), x.getBoolean("locked", false))));
            case TRUE_FALSE -> new TrueFalseBody(o.getBoolean("answer"), html(o, "feedbackTrue"), html(o, "feedbackFalse"));
            case TRUE_FALSE_CLUSTER -> new StatementsBody(list(o, "statements",
                    x -> new Statement(x.getString("id"), html(x, "text"), x.getBoolean("correct"))));
            case SHORT_NUMERIC -> new NumericBody(list(o, "answers", x -> new NumericAnswer(
                    x.isNull("value") ? null : num(x, "value"), num(x, "tolerance"), num(x, "fraction"), html(x, "feedback"))));
            case SHORT_TEXT -> new TextAnswerBody(list(o, "answers",
                    x -> new TextAnswer(x.getString("text"), num(x, "fraction"), html(x, "feedback"))),
                    o.getBoolean("caseSensitive", false));
            case MATCHING -> new MatchingBody(list(o, "pairs", x -> new MatchPair(x.getString("id"), html(x, "left"),
                    x.getString("right"), num(x, "weight"))));
            case ORDERING -> new OrderingBody(list(o, "sequence", x -> new Option(x.getString("id"), html(x, "text"))));
            case CLOZE -> new ClozeBody(list(o, "gaps", g -> new Gap(g.getString("id"), GapKind.valueOf(g.getString("kind")),
                    num(g, "weight"), list(g, "answers", a -> new GapAnswer(a.getString("id"), a.getString("text"),
                            num(a, "tolerance"), num(a, "fraction"), html(a, "feedback"))), g.getBoolean("caseSensitive", false))));
            case ESSAY -> new EssayBody(html(o, "guidance"), html(o, "responseTemplate"), rubric(o));
        };
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

    private static RichText html(JsonObject o, String name) {
        return RichText.html(o.getString(name, ""));
    }

    private static BigDecimal num(JsonObject o, String name) {
        JsonValue v = o.get(name);
        return v instanceof JsonNumber n ? n.bigDecimalValue() : null;
    }

    private static <T> List<T> list(JsonObject o, String name, Function<JsonObject, T> read) {
        JsonArray array = o.getJsonArray(name);
        return array.getValuesAs(JsonObject.class).stream().map(read).toList();
    }

    private static <T> JsonArrayBuilder array(List<T> elements, Function<T, JsonObjectBuilder> write) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        elements.forEach(e -> a.add(write.apply(e)));
        return a;
    }

    private static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        values.forEach(a::add);
        return a;
    }
}

package vn.khaothi.itembank.domain.item.json;

import static vn.khaothi.itembank.domain.json.Jsonp.JSON;

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
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            return fromJson(reader.readObject());
        } catch (JsonException | ClassCastException | NullPointerException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a stored item content: " + e.getMessage(), e);
        }
    }

    public static JsonObject toJson(ItemContent c) {
        JsonObjectBuilder o = JSON.createObjectBuilder()
                .add("type", c.type().name())
                .add("name", c.name())
                .add("stem", c.stem().html())
                .add("generalFeedback", c.generalFeedback().html())
                .add("points", plain(c.defaultPoints()))
                .add("tags", strings(c.tags()))
                .add("source", c.source())
                .add("author", c.author())
                .add("idnumber", c.idnumber());
        writeBody(o, c.body());
        return o.build();
    }

    private static void writeBody(JsonObjectBuilder o, ItemBody body) {
        if (body instanceof ChoiceBody b) {
            o.add("options", array(b.options(), ch -> JSON.createObjectBuilder().add("id", ch.id())
                    .add("text", ch.text().html()).add("fraction", plain(ch.fraction()))
                    .add("feedback", ch.feedback().html()).add("locked", ch.locked())));
        } else if (body instanceof TrueFalseBody b) {
            o.add("answer", b.answer()).add("feedbackTrue", b.feedbackTrue().html())
                    .add("feedbackFalse", b.feedbackFalse().html());
        } else if (body instanceof StatementsBody b) {
            o.add("statements", array(b.statements(), s -> JSON.createObjectBuilder().add("id", s.id())
                    .add("text", s.text().html()).add("correct", s.correct())));
        } else if (body instanceof NumericBody b) {
            o.add("answers", array(b.answers(), a -> {
                JsonObjectBuilder x = JSON.createObjectBuilder();
                if (a.isCatchAll()) {
                    x.addNull("value");
                } else {
                    x.add("value", plain(a.value()));
                }
                return x.add("tolerance", plain(a.tolerance())).add("fraction", plain(a.fraction())).add("feedback", a.feedback().html());
            }));
        } else if (body instanceof TextAnswerBody b) {
            o.add("answers", array(b.answers(), a -> JSON.createObjectBuilder().add("text", a.text())
                    .add("fraction", plain(a.fraction())).add("feedback", a.feedback().html())))
                    .add("caseSensitive", b.caseSensitive());
        } else if (body instanceof MatchingBody b) {
            o.add("pairs", array(b.pairs(), p -> JSON.createObjectBuilder().add("id", p.id())
                    .add("left", p.left().html()).add("right", p.right()).add("weight", plain(p.weight()))));
        } else if (body instanceof OrderingBody b) {
            o.add("sequence", array(b.sequence(), s -> JSON.createObjectBuilder().add("id", s.id())
                    .add("text", s.text().html())));
        } else if (body instanceof ClozeBody b) {
            o.add("gaps", array(b.gaps(), g -> JSON.createObjectBuilder().add("id", g.id())
                    .add("kind", g.kind().name()).add("weight", plain(g.weight())).add("caseSensitive", g.caseSensitive())
                    .add("answers", array(g.answers(), a -> JSON.createObjectBuilder().add("id", a.id())
                            .add("text", a.text()).add("tolerance", plain(a.tolerance())).add("fraction", plain(a.fraction()))
                            .add("feedback", a.feedback().html())))));
        } else if (body instanceof EssayBody b) {
            o.add("guidance", b.guidance().html()).add("responseTemplate", b.responseTemplate().html());
            if (!b.rubric().isEmpty()) {  // additive: essays without a rubric keep their stored shape
                o.add("rubric", array(b.rubric().criteria(), c -> JSON.createObjectBuilder().add("id", c.id())
                        .add("name", c.name()).add("levels", array(c.levels(), l -> {
                            JsonObjectBuilder x = JSON.createObjectBuilder().add("label", l.label());
                            return l.points() == null ? x.addNull("points") : x.add("points", plain(l.points()));
                        }))));
            }
        } else {
            throw new IllegalStateException("unknown body " + body.getClass());
        }
    }

    /**
     * The content a JSON object describes. A wrong shape is an {@link IllegalArgumentException} whose
     * message names the field in words ({@code options[2]: id is missing or not text}), never a
     * JSON library's own message: it reaches the teacher who sent the content.
     */
    public static ItemContent fromJson(JsonObject o) {
        try {
            ItemTypeCode type = enumOf(ItemTypeCode.class, o, "type");
            return new ItemContent(type, o.getString("name", ""), html(o, "stem"), html(o, "generalFeedback"),
                    requiredNum(o, "points"), tags(o), o.getString("source", ""), o.getString("author", ""),
                    o.getString("idnumber", ""), readBody(type, o));
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("content is not an item in the stored JSON shape (docs/item-formats.md)", e);
        }
    }

    private static ItemBody readBody(ItemTypeCode type, JsonObject o) {
        return switch (type) {
            case SINGLE_CHOICE, MULTIPLE_RESPONSE -> new ChoiceBody(list(o, "options", x -> new Choice(text(x, "id"),
                    html(x, "text"), num(x, "fraction"), html(x, "feedback"), x.getBoolean("locked", false))));
            case TRUE_FALSE -> new TrueFalseBody(bool(o, "answer"), html(o, "feedbackTrue"), html(o, "feedbackFalse"));
            case TRUE_FALSE_CLUSTER -> new StatementsBody(list(o, "statements",
                    x -> new Statement(text(x, "id"), html(x, "text"), bool(x, "correct"))));
            case SHORT_NUMERIC -> new NumericBody(list(o, "answers", x -> new NumericAnswer(
                    x.isNull("value") ? null : requiredNum(x, "value"), num(x, "tolerance"), num(x, "fraction"), html(x, "feedback"))));
            case SHORT_TEXT -> new TextAnswerBody(list(o, "answers",
                    x -> new TextAnswer(text(x, "text"), num(x, "fraction"), html(x, "feedback"))),
                    o.getBoolean("caseSensitive", false));
            case MATCHING -> new MatchingBody(list(o, "pairs", x -> new MatchPair(text(x, "id"), html(x, "left"),
                    text(x, "right"), num(x, "weight"))));
            case ORDERING -> new OrderingBody(list(o, "sequence", x -> new Option(text(x, "id"), html(x, "text"))));
            case CLOZE -> new ClozeBody(list(o, "gaps", g -> new Gap(text(g, "id"), enumOf(GapKind.class, g, "kind"),
                    num(g, "weight"), list(g, "answers", a -> new GapAnswer(text(a, "id"), text(a, "text"),
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

    private static String text(JsonObject o, String name) {
        if (o.get(name) instanceof JsonString s) {
            return s.getString();
        }
        throw new IllegalArgumentException(name + " is missing or not text");
    }

    private static boolean bool(JsonObject o, String name) {
        JsonValue v = o.get(name);
        if (v == JsonValue.TRUE || v == JsonValue.FALSE) {
            return v == JsonValue.TRUE;
        }
        throw new IllegalArgumentException(name + " must be true or false");
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, JsonObject o, String name) {
        String value = o.get(name) instanceof JsonString s ? s.getString() : "";
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return e;
            }
        }
        throw new IllegalArgumentException(name + " must be one of " + java.util.Arrays.stream(type.getEnumConstants())
                .map(Enum::name).collect(java.util.stream.Collectors.joining(", ")));
    }

    private static BigDecimal requiredNum(JsonObject o, String name) {
        BigDecimal n = num(o, name);
        if (n == null) {
            throw new IllegalArgumentException(name + " is missing or not a number");
        }
        return n;
    }

    private static BigDecimal num(JsonObject o, String name) {
        JsonValue v = o.get(name);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (v instanceof JsonNumber n) {
            return n.bigDecimalValue();
        }
        throw new IllegalArgumentException(name + " must be a number");
    }

    private static List<String> tags(JsonObject o) {
        return list(o, "tags", JsonString.class, "text", JsonString::getString);
    }

    private static <T> List<T> list(JsonObject o, String name, Function<JsonObject, T> read) {
        return list(o, name, JsonObject.class, "an object", read);
    }

    private static <J extends JsonValue, T> List<T> list(JsonObject o, String name, Class<J> shape, String shapeName,
                                                         Function<J, T> read) {
        if (!(o.get(name) instanceof JsonArray array)) {
            throw new IllegalArgumentException(name + " must be a list");
        }
        List<T> out = new java.util.ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonValue v = array.get(i);
            if (!shape.isInstance(v)) {
                throw new IllegalArgumentException(name + "[" + i + "] must be " + shapeName);
            }
            try {
                out.add(read.apply(shape.cast(v)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + "[" + i + "]: " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static <T> JsonArrayBuilder array(List<T> elements, Function<T, JsonObjectBuilder> write) {
        JsonArrayBuilder a = JSON.createArrayBuilder();
        elements.forEach(e -> a.add(write.apply(e)));
        return a;
    }

    private static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder a = JSON.createArrayBuilder();
        values.forEach(a::add);
        return a;
    }

    /** Never "1E+1": a number with trailing zeros stripped is written with scale 0 at least (10, not 1E+1). */
    static BigDecimal plain(BigDecimal v) {
        return v != null && v.scale() < 0 ? v.setScale(0) : v;
    }
}

package vn.khaothi.itembank.infrastructure.format.json;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.khaothi.itembank.application.importing.ImportMessage;
import vn.khaothi.itembank.application.importing.ImportedItem;
import vn.khaothi.itembank.domain.item.Choice;
import vn.khaothi.itembank.domain.item.ChoiceBody;
import vn.khaothi.itembank.domain.item.ClozeBody;
import vn.khaothi.itembank.domain.item.CognitiveLevel;
import vn.khaothi.itembank.domain.item.EssayBody;
import vn.khaothi.itembank.domain.item.Gap;
import vn.khaothi.itembank.domain.item.GapAnswer;
import vn.khaothi.itembank.domain.item.GapKind;
import vn.khaothi.itembank.domain.item.ItemBody;
import vn.khaothi.itembank.domain.item.ItemContent;
import vn.khaothi.itembank.domain.item.ItemTypeCode;
import vn.khaothi.itembank.domain.item.LevelScheme;
import vn.khaothi.itembank.domain.item.MatchPair;
import vn.khaothi.itembank.domain.item.MatchingBody;
import vn.khaothi.itembank.domain.item.NumericAnswer;
import vn.khaothi.itembank.domain.item.NumericBody;
import vn.khaothi.itembank.domain.item.OrderingBody;
import vn.khaothi.itembank.domain.item.PositionalId;
import vn.khaothi.itembank.domain.item.RichText;
import vn.khaothi.itembank.domain.item.Statement;
import vn.khaothi.itembank.domain.item.StatementsBody;
import vn.khaothi.itembank.domain.item.TextAnswer;
import vn.khaothi.itembank.domain.item.TextAnswerBody;
import vn.khaothi.itembank.domain.item.TrueFalseBody;

/**
 * One khaothi-json ITEM object as content. Option ids are positional (A, B, …), statement ids
 * a–d. Multiple response keys follow Moodle's convention: each correct option is worth 1/k of the
 * item (k correct options) and each wrong one −1/k, so ticking everything earns nothing.
 */
final class KhaothiJsonItems {

    private KhaothiJsonItems() {
    }

    static void read(JsonObject o, String chapter, int line, String path, List<ImportedItem> items, List<ImportMessage> problems) {
        try {
            ItemTypeCode type = ItemTypeCode.valueOf(o.getString("type"));
            CognitiveLevel level = o.containsKey("level") ? CognitiveLevel.valueOf(o.getString("level")) : null;
            ItemContent content = new ItemContent(type, o.getString("name", ""), RichText.html(o.getString("stem")),
                    RichText.html(o.getString("feedback", "")), decimal(o, "points", BigDecimal.ONE),
                    o.containsKey("tags") ? o.getJsonArray("tags").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList() : List.of(),
                    o.getString("source", ""), o.getString("author", ""), o.getString("idnumber", ""), body(type, o));
            items.add(new ImportedItem(chapter, level, content, line));
        } catch (NullPointerException | ClassCastException | IllegalArgumentException | IllegalStateException e) {
            problems.add(new ImportMessage(line, path, "item is not well formed (" + describe(e) + "); see docs/item-formats.md"));
        }
    }

    /** What is wrong, in words: never the JSON library's own message ("Cannot invoke jakarta.json…"). */
    private static String describe(RuntimeException e) {
        String message = e.getMessage();
        if (e instanceof NullPointerException) {
            return "a required field is missing or null";
        }
        if (e instanceof ClassCastException) {
            return "a field holds the wrong kind of value (text, number, true/false, list or object)";
        }
        if (message == null) {
            return "a value is not valid";
        }
        if (message.toLowerCase(Locale.ROOT).startsWith("no enum")) {
            return "unknown value " + message.substring(message.lastIndexOf('.') + 1);
        }
        return message.matches("(?s).*\\b(java|jakarta|org|com)\\.[a-z]+\\..*|.*[A-Z][a-zA-Z]+#.*")
                ? "a value is not valid" : message;
    }

    private static ItemBody body(ItemTypeCode type, JsonObject o) {
        return switch (type) {
            case SINGLE_CHOICE, MULTIPLE_RESPONSE -> choices(type, o);
            case TRUE_FALSE -> new TrueFalseBody(o.getBoolean("answer"), RichText.EMPTY, RichText.EMPTY);
            case TRUE_FALSE_CLUSTER -> {
                List<Statement> statements = new ArrayList<>();
                for (JsonObject s : o.getJsonArray("statements").getValuesAs(JsonObject.class)) {
                    statements.add(new Statement(PositionalId.of(statements.size()).toLowerCase(Locale.ROOT),
                            RichText.html(s.getString("text")), s.getBoolean("correct")));
                }
                yield new StatementsBody(statements);
            }
            case SHORT_NUMERIC -> new NumericBody(List.of(new NumericAnswer(number(o.get("answer")),
                    decimal(o, "tolerance", BigDecimal.ZERO), BigDecimal.ONE, RichText.EMPTY)));
            case SHORT_TEXT -> new TextAnswerBody(o.getJsonArray("answers").getValuesAs(JsonString.class).stream()
                    .map(s -> new TextAnswer(s.getString(), BigDecimal.ONE, RichText.EMPTY)).toList(),
                    o.getBoolean("caseSensitive", false));
            case MATCHING -> {
                List<MatchPair> pairs = new ArrayList<>();
                for (JsonObject p : o.getJsonArray("pairs").getValuesAs(JsonObject.class)) {
                    pairs.add(new MatchPair(PositionalId.of(pairs.size()), RichText.html(p.getString("left", "")),
                            p.getString("right"), BigDecimal.ONE));
                }
                yield new MatchingBody(pairs);
            }
            case ORDERING -> OrderingBody.of(o.getJsonArray("sequence").getValuesAs(JsonString.class).stream()
                    .map(s -> RichText.html(s.getString())).toList());
            case CLOZE -> cloze(o);
            case ESSAY -> new EssayBody(RichText.html(o.getString("guidance", "")), RichText.EMPTY,
                    vn.khaothi.itembank.domain.item.json.ItemContentJson.rubric(o));
        };
    }

    private static ChoiceBody choices(ItemTypeCode type, JsonObject o) {
        List<JsonObject> raw = o.getJsonArray("options").getValuesAs(JsonObject.class);
        long correct = raw.stream().filter(x -> x.getBoolean("correct", false)).count();
        BigDecimal share = type == ItemTypeCode.SINGLE_CHOICE || correct == 0 ? BigDecimal.ONE
                : BigDecimal.ONE.divide(BigDecimal.valueOf(correct), 7, RoundingMode.HALF_UP);
        List<Choice> options = new ArrayList<>();
        for (JsonObject x : raw) {
            boolean right = x.getBoolean("correct", false);
            BigDecimal fraction = right ? share : type == ItemTypeCode.SINGLE_CHOICE ? BigDecimal.ZERO : share.negate();
            options.add(new Choice(PositionalId.of(options.size()), RichText.html(x.getString("text")), fraction,
                    RichText.html(x.getString("feedback", "")), x.getBoolean("locked", false)));
        }
        return new ChoiceBody(options);
    }

    /** {@code "gaps":[{"kind":"TEXT|NUMERIC|CHOICE","answers":["…"],"tolerance":0,"options":[{"text","correct"}]}]}, {@code {#1}} in the stem. */
    private static ClozeBody cloze(JsonObject o) {
        List<Gap> gaps = new ArrayList<>();
        for (JsonObject g : o.getJsonArray("gaps").getValuesAs(JsonObject.class)) {
            GapKind kind = GapKind.valueOf(g.getString("kind"));
            List<GapAnswer> answers = new ArrayList<>();
            if (kind == GapKind.CHOICE) {
                for (JsonObject x : g.getJsonArray("options").getValuesAs(JsonObject.class)) {
                    answers.add(new GapAnswer(PositionalId.of(answers.size()), x.getString("text"), BigDecimal.ZERO,
                            x.getBoolean("correct", false) ? BigDecimal.ONE : BigDecimal.ZERO, RichText.EMPTY));
                }
            } else {
                for (JsonValue v : g.getJsonArray("answers")) {
                    String text = v instanceof JsonString s ? s.getString() : v.toString();
                    answers.add(new GapAnswer(PositionalId.of(answers.size()), text, decimal(g, "tolerance", BigDecimal.ZERO),
                            BigDecimal.ONE, RichText.EMPTY));
                }
            }
            gaps.add(new Gap(String.valueOf(gaps.size() + 1), kind, decimal(g, "weight", BigDecimal.ONE), answers,
                    g.getBoolean("caseSensitive", false)));
        }
        return new ClozeBody(gaps);
    }

    /** A number written as a JSON number or a string, with either decimal separator ("2,5"). */
    private static BigDecimal number(JsonValue v) {
        if (v instanceof JsonNumber n) {
            return n.bigDecimalValue();
        }
        if (v instanceof JsonString s) {
            try {
                return new BigDecimal(s.getString().strip().replace(',', '.'));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("\"" + s.getString() + "\" is not a number");
            }
        }
        throw new IllegalArgumentException("a number is missing");
    }

    private static BigDecimal decimal(JsonObject o, String name, BigDecimal fallback) {
        return o.containsKey(name) && o.get(name) != JsonValue.NULL ? number(o.get(name)) : fallback;
    }

    /** Levels must belong to the grade's scheme: M1–M3 for primary, NB–VDC for secondary. */
    static void checkLevels(List<ImportedItem> items, int grade, List<ImportMessage> problems) {
        LevelScheme scheme = LevelScheme.forGrade(grade);
        for (ImportedItem item : items) {
            if (item.level() != null && !scheme.allows(item.level())) {
                problems.add(ImportMessage.atLine(item.line(), "level " + item.level() + " is not used in grade " + grade
                        + " (" + scheme + " levels: " + scheme.levels() + ")"));
            }
        }
    }
}

package vn.khaothi.engine.scan;

import static vn.khaothi.itembank.domain.json.Jsonp.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import vn.khaothi.engine.application.paper.DeliverableItem;
import vn.khaothi.engine.domain.attempt.AnswerStep;
import vn.khaothi.engine.application.paper.DeliverableVersion;
import vn.khaothi.engine.application.sheet.SheetDesign;
import vn.khaothi.engine.application.sheet.SheetLayout;
import vn.khaothi.engine.application.sheet.SheetQuestion;
import vn.khaothi.itembank.domain.item.Choice;
import vn.khaothi.itembank.domain.item.ChoiceBody;
import vn.khaothi.itembank.domain.item.ItemContent;
import vn.khaothi.itembank.domain.item.Statement;
import vn.khaothi.itembank.domain.item.StatementsBody;

/**
 * A version (mã đề) as its answer sheet shows it: the sheet's layout, and the way back from a bubbled letter
 * to the bank item's option (a sheet's stored answers to the attempt's stored responses, both JSON). The sheet's letters are the version's order; a student who bubbles "B" chose the
 * option this version printed second, which is {@code optionOrder[1]} — the same mapping the online form uses,
 * so item analysis sees the bank's own option ids whatever the version.
 */
final class VersionSheets {

    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(,[0-9]+)?");

    private VersionSheets() {
    }

    static SheetLayout layout(DeliverableVersion version) {
        return SheetDesign.layout(version.items().stream()
                .map(i -> SheetDesign.question(i.position(), i.content().type(), ids(i).size())).toList());
    }

    /** The option (or statement) ids in this version's printed order. */
    static List<String> ids(DeliverableItem item) {
        if (!item.optionOrder().isEmpty()) {
            return item.optionOrder();
        }
        ItemContent content = item.content();
        if (content.body() instanceof ChoiceBody b) {
            return b.options().stream().map(Choice::id).toList();
        }
        if (content.body() instanceof StatementsBody b) {
            return b.statements().stream().map(Statement::id).toList();
        }
        return List.of();
    }

    /**
     * The attempt response (api-contract.md "What a response looks like") of a sheet answer, or null for a blank.
     *
     * @throws IllegalArgumentException when the answer does not fit the question (a correction's typo)
     */
    static JsonObject response(DeliverableItem item, SheetQuestion question, JsonValue answer) {
        if (answer == null || answer.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        List<String> ids = ids(item);
        switch (question.kind()) {
            case CHOICE -> {
                String letter = string(answer);
                int index = letter.length() == 1 ? letter.charAt(0) - 'A' : -1;
                if (index < 0 || index >= ids.size()) {
                    throw new IllegalArgumentException("question " + question.number() + " takes A–"
                            + (char) ('A' + ids.size() - 1));
                }
                return JSON.createObjectBuilder().add("choice", ids.get(index)).build();
            }
            case CLUSTER -> {
                if (answer.getValueType() != JsonValue.ValueType.OBJECT) {
                    throw new IllegalArgumentException("question " + question.number() + " takes {\"a\":true,…}");
                }
                JsonObjectBuilder values = JSON.createObjectBuilder();
                for (Map.Entry<String, JsonValue> e : answer.asJsonObject().entrySet()) {
                    int index = e.getKey().length() == 1 ? e.getKey().charAt(0) - 'a' : -1;
                    if (index < 0 || index >= ids.size()) {
                        throw new IllegalArgumentException("question " + question.number() + " has statements a–"
                                + (char) ('a' + ids.size() - 1));
                    }
                    switch (e.getValue().getValueType()) {
                        case TRUE -> values.add(ids.get(index), true);
                        case FALSE -> values.add(ids.get(index), false);
                        case NULL -> {
                        }
                        default -> throw new IllegalArgumentException("question " + question.number()
                                + ": a statement is true, false or null");
                    }
                }
                JsonObject v = values.build();
                return v.isEmpty() ? null : JSON.createObjectBuilder().add("values", v).build();
            }
            case SHORT -> {
                String text = string(answer).strip();
                if (!NUMBER.matcher(text.replace('.', ',')).matches() || text.length() > 4) {
                    throw new IllegalArgumentException("question " + question.number()
                            + " takes a number of at most four signs, e.g. 12,5 or -3");
                }
                return JSON.createObjectBuilder().add("text", text.replace('.', ',')).build();
            }
            default -> throw new IllegalArgumentException("question " + question.number() + " is not on the sheet");
        }
    }

    private static String string(JsonValue v) {
        if (v.getValueType() != JsonValue.ValueType.STRING) {
            throw new IllegalArgumentException("an answer here is text, e.g. \"B\" or \"12,5\"");
        }
        return ((jakarta.json.JsonString) v).getString();
    }

    /** The answer steps of a sheet's answers, by item, mapped through the version's option order. */
    static Map<Long, AnswerStep> steps(DeliverableVersion version, JsonObject answers, long attemptId) {
        SheetLayout layout = VersionSheets.layout(version);
        Map<Long, AnswerStep> steps = new LinkedHashMap<>();
        for (SheetQuestion q : layout.questions()) {
            DeliverableItem item = version.items().stream().filter(i -> i.position() == q.number()).findFirst()
                    .orElseThrow();
            JsonObject response = VersionSheets.response(item, q, answers.get(Integer.toString(q.number())));
            if (response != null) {
                steps.put(item.itemId(), new AnswerStep(attemptId, item.itemId(), 1, response.toString(),
                        Instant.EPOCH));
            }
        }
        return steps;
    }

}

package vn.khaothi.itembank.domain.itemtype;

import static vn.khaothi.itembank.domain.json.JsonFields.array;
import static vn.khaothi.itembank.domain.json.JsonFields.bool;
import static vn.khaothi.itembank.domain.json.JsonFields.html;
import static vn.khaothi.itembank.domain.json.JsonFields.list;
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
import vn.khaothi.itembank.domain.item.RichText;
import vn.khaothi.itembank.domain.item.Statement;
import vn.khaothi.itembank.domain.item.StatementsBody;

/**
 * True/false cluster (câu trắc nghiệm đúng sai, 2025 exam format): one stem, four statements a–d.
 * Scored by how many statements are judged right — 1 → 0.1, 2 → 0.25, 3 → 0.5, 4 → 1.0 point of
 * a 1-point item (regulations.md §6), scaled to the item's points; an unanswered statement is not
 * judged right. Response {@code {"values":{"<statementId>":true|false,…}}}.
 */
public final class TrueFalseClusterType implements ItemType {

    /** Share of the item's points by number of statements judged right (0–4), regulations.md §6. */
    private static final BigDecimal[] CREDIT = {
        BigDecimal.ZERO, new BigDecimal("0.1"), new BigDecimal("0.25"), new BigDecimal("0.5"), BigDecimal.ONE
    };

    @Override
    public ItemTypeCode code() {
        return ItemTypeCode.TRUE_FALSE_CLUSTER;
    }

    @Override
    public Class<? extends ItemBody> bodyShape() {
        return StatementsBody.class;
    }

    @Override
    public ItemTypeInfo info() {
        return ItemTypeInfo.scored(code(), "Đúng/Sai 4 ý", "True/false cluster", false, "statements")
                .withSuggestedPoints("1");
    }

    @Override
    public ItemBody readBody(JsonObject o) {
        return new StatementsBody(list(o, "statements",
                x -> new Statement(text(x, "id"), html(x, "text"), bool(x, "correct"))));
    }

    @Override
    public void writeBody(ItemBody body, JsonObjectBuilder o) {
        o.add("statements", array(((StatementsBody) body).statements(), s -> JSON.createObjectBuilder()
                .add("id", s.id()).add("text", s.text().html()).add("correct", s.correct())));
    }

    @Override
    public ItemBody mapTexts(ItemBody body, UnaryOperator<RichText> f) {
        return new StatementsBody(((StatementsBody) body).statements().stream()
                .map(s -> new Statement(s.id(), f.apply(s.text()), s.correct())).toList());
    }

    @Override
    public List<String> validate(ItemContent content) {
        List<Statement> statements = content.body(StatementsBody.class).statements();
        List<String> problems = new ArrayList<>();
        if (statements.size() != 4) {
            problems.add("a true/false cluster has exactly 4 statements (a–d), this one has " + statements.size());
        }
        if (new HashSet<>(statements.stream().map(Statement::id).toList()).size() != statements.size()) {
            problems.add("statement ids must be unique");
        }
        statements.stream().filter(s -> s.text().isEmpty())
                .forEach(s -> problems.add("statement " + s.id() + " has no text"));
        return problems;
    }

    @Override
    public JsonObject renderForStudent(ItemContent content, List<String> optionOrder, BigDecimal points) {
        List<Statement> statements = StudentView.ordered(content.body(StatementsBody.class).statements(),
                Statement::id, optionOrder);
        return StudentView.start(content, points)
                .add("statements", StudentView.idText(statements.stream()
                        .map(s -> new String[] {s.id(), s.text().html()}).toList()))
                .build();
    }

    @Override
    public Score score(ItemContent content, JsonObject response, BigDecimal maxPoints) {
        if (ResponseReader.isUnanswered(response)) {
            return Score.unanswered();
        }
        Map<String, Boolean> values = ResponseReader.booleanMap(response, "values");
        List<Statement> statements = content.body(StatementsBody.class).statements();
        for (String id : values.keySet()) {
            if (statements.stream().noneMatch(s -> s.id().equals(id))) {
                throw new MalformedResponseException("no statement " + id);
            }
        }
        if (values.isEmpty()) {
            return Score.unanswered();
        }
        int right = (int) statements.stream().filter(s -> Boolean.valueOf(s.correct()).equals(values.get(s.id()))).count();
        BigDecimal share = statements.size() == 4 ? CREDIT[right]
                : BigDecimal.valueOf(right).divide(BigDecimal.valueOf(statements.size()), 7, RoundingMode.HALF_UP);
        return Score.of(share, maxPoints);
    }
}

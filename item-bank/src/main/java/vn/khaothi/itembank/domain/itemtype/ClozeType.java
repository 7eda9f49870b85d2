package vn.khaothi.itembank.domain.itemtype;

import static vn.khaothi.itembank.domain.json.JsonFields.array;
import static vn.khaothi.itembank.domain.json.JsonFields.enumOf;
import static vn.khaothi.itembank.domain.json.JsonFields.html;
import static vn.khaothi.itembank.domain.json.JsonFields.list;
import static vn.khaothi.itembank.domain.json.JsonFields.num;
import static vn.khaothi.itembank.domain.json.JsonFields.plain;
import static vn.khaothi.itembank.domain.json.JsonFields.text;
import static vn.khaothi.itembank.domain.json.Jsonp.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import vn.khaothi.itembank.domain.item.ClozeBody;
import vn.khaothi.itembank.domain.item.Gap;
import vn.khaothi.itembank.domain.item.GapAnswer;
import vn.khaothi.itembank.domain.item.GapKind;
import vn.khaothi.itembank.domain.item.ItemBody;
import vn.khaothi.itembank.domain.item.ItemContent;
import vn.khaothi.itembank.domain.item.ItemTypeCode;
import vn.khaothi.itembank.domain.item.NumericAnswer;
import vn.khaothi.itembank.domain.item.RichText;
import vn.khaothi.itembank.domain.item.TextAnswer;

/**
 * Cloze (điền khuyết): gaps inside the stem, each marked {@code {#gapId}}. Each gap is scored as
 * its own small item — text gaps like {@link ShortTextType}, numeric gaps like
 * {@link ShortNumericType}, choice gaps by the chosen option's fraction — and the item earns the
 * weighted mean of the gap fractions. Response {@code {"gaps":{"<gapId>":"…"}}}: the typed text,
 * or for a choice gap the chosen option's id.
 */
public final class ClozeType implements ItemType {

    @Override
    public ItemTypeCode code() {
        return ItemTypeCode.CLOZE;
    }

    @Override
    public Class<? extends ItemBody> bodyShape() {
        return ClozeBody.class;
    }

    @Override
    public ItemTypeInfo info() {
        return ItemTypeInfo.scored(code(), "Điền khuyết", "Cloze", false, "gaps");
    }

    @Override
    public ItemBody readBody(JsonObject o) {
        return new ClozeBody(list(o, "gaps", g -> new Gap(text(g, "id"), enumOf(GapKind.class, g, "kind"),
                num(g, "weight"), list(g, "answers", a -> new GapAnswer(text(a, "id"), text(a, "text"),
                        num(a, "tolerance"), num(a, "fraction"), html(a, "feedback"))), g.getBoolean("caseSensitive", false))));
    }

    @Override
    public void writeBody(ItemBody body, JsonObjectBuilder o) {
        o.add("gaps", array(((ClozeBody) body).gaps(), g -> JSON.createObjectBuilder().add("id", g.id())
                .add("kind", g.kind().name()).add("weight", plain(g.weight())).add("caseSensitive", g.caseSensitive())
                .add("answers", array(g.answers(), a -> JSON.createObjectBuilder().add("id", a.id())
                        .add("text", a.text()).add("tolerance", plain(a.tolerance())).add("fraction", plain(a.fraction()))
                        .add("feedback", a.feedback().html())))));
    }

    @Override
    public ItemBody mapTexts(ItemBody body, UnaryOperator<RichText> f) {
        return new ClozeBody(((ClozeBody) body).gaps().stream().map(g -> new Gap(g.id(), g.kind(), g.weight(), g.answers().stream()
                .map(a -> new GapAnswer(a.id(), a.text(), a.tolerance(), a.fraction(), f.apply(a.feedback()))).toList(),
                g.caseSensitive())).toList());
    }

    @Override
    public List<String> validate(ItemContent content) {
        List<Gap> gaps = content.body(ClozeBody.class).gaps();
        List<String> problems = new ArrayList<>();
        if (gaps.isEmpty()) {
            problems.add("the text must include at least one gap");
        }
        if (new HashSet<>(gaps.stream().map(Gap::id).toList()).size() != gaps.size()) {
            problems.add("gap ids must be unique");
        }
        for (Gap gap : gaps) {
            String name = "gap " + gap.id();
            if (!content.stem().html().contains(gap.placeholder())) {
                problems.add(name + " has no " + gap.placeholder() + " in the stem");
            }
            if (gap.kind() == GapKind.CHOICE && gap.answers().size() < 2) {
                problems.add(name + ": a choice gap needs at least 2 choices");
            }
            if (gap.answers().stream().noneMatch(a -> a.fraction().compareTo(BigDecimal.ONE) == 0)) {
                problems.add(name + ": one answer must score 100 %");
            }
            if (gap.kind() == GapKind.NUMERIC) {
                gap.answers().stream().filter(a -> !a.text().equals("*") && NumberReader.read(a.text()).isEmpty())
                        .forEach(a -> problems.add(name + ": answer \"" + a.text() + "\" must be a number"));
            }
        }
        return problems;
    }

    @Override
    public JsonObject renderForStudent(ItemContent content, List<String> optionOrder, BigDecimal points) {
        JsonArrayBuilder gaps = JSON.createArrayBuilder();
        for (Gap gap : content.body(ClozeBody.class).gaps()) {
            JsonObjectBuilder g = JSON.createObjectBuilder().add("id", gap.id());
            if (gap.kind() == GapKind.CHOICE) {
                g.add("options", StudentView.idText(gap.answers().stream()
                        .map(a -> new String[] {a.id(), RichText.html(a.text()).html()}).toList()));
            }
            gaps.add(g);
        }
        return StudentView.start(content, points).add("gaps", gaps).build();
    }

    @Override
    public Score score(ItemContent content, JsonObject response, BigDecimal maxPoints) {
        if (ResponseReader.isUnanswered(response)) {
            return Score.unanswered();
        }
        Map<String, String> given = ResponseReader.stringMap(response, "gaps");
        List<Gap> gaps = content.body(ClozeBody.class).gaps();
        for (String id : given.keySet()) {
            if (gaps.stream().noneMatch(g -> g.id().equals(id))) {
                throw new MalformedResponseException("no gap " + id);
            }
        }
        if (given.values().stream().allMatch(String::isBlank)) {
            return Score.unanswered();
        }
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal earned = BigDecimal.ZERO;
        for (Gap gap : gaps) {
            total = total.add(gap.weight());
            String typed = given.get(gap.id());
            if (typed != null && !typed.isBlank()) {
                earned = earned.add(gap.weight().multiply(gapFraction(gap, typed)));
            }
        }
        return Score.of(earned.divide(total, 7, RoundingMode.HALF_UP), maxPoints);
    }

    private static BigDecimal gapFraction(Gap gap, String typed) {
        return switch (gap.kind()) {
            case CHOICE -> gap.answers().stream().filter(a -> a.id().equals(typed)).findFirst()
                    .map(GapAnswer::fraction)
                    .orElseThrow(() -> new MalformedResponseException("gap " + gap.id() + " has no option " + typed))
                    .max(BigDecimal.ZERO);
            case TEXT -> ShortTextType.bestFraction(gap.answers().stream()
                    .map(a -> new TextAnswer(a.text(), a.fraction(), a.feedback())).toList(), typed, gap.caseSensitive());
            case NUMERIC -> ShortNumericType.bestFraction(gap.answers().stream()
                    .map(a -> new NumericAnswer(a.text().equals("*") ? null : NumberReader.read(a.text()).orElse(null),
                            a.tolerance(), a.fraction(), a.feedback()))
                    .filter(a -> !a.isCatchAll()).toList(), typed);
        };
    }
}

package vn.khaothi.engine.scan.reader;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import vn.khaothi.engine.application.sheet.SheetBubble;

/**
 * Turns measured bubbles into answers (quyết định đáp án của từng câu). The rule everywhere: exactly one sure
 * mark is an answer, no mark is blank (null), two marks are a DOUBLE_MARK and any unsure bubble makes the whole
 * answer UNCLEAR. Nothing unsure ever becomes an answer: a wrong mark that nobody reviews would be a wrong score.
 */
final class MarkDecision {

    /** A short answer as Part III allows it: an optional sign, digits, one decimal comma between digits. */
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(,[0-9]+)?");

    /** The outcome of one answer: a value (or null) and at most one problem. */
    record Outcome(Object value, ProblemKind problem) {
    }

    private MarkDecision() {
    }

    /** One of A–D (Part I). */
    static Outcome choice(List<BubbleMark> options) {
        List<String> filled = new ArrayList<>();
        for (BubbleMark m : options) {
            if (m.state() == BubbleMark.State.UNSURE) {
                return new Outcome(null, ProblemKind.UNCLEAR);
            }
            if (m.state() == BubbleMark.State.FILLED) {
                filled.add(m.bubble().value());
            }
        }
        if (filled.size() > 1) {
            return new Outcome(null, ProblemKind.DOUBLE_MARK);
        }
        return filled.isEmpty() ? new Outcome(null, ProblemKind.BLANK) : new Outcome(filled.get(0), null);
    }

    /** Đúng/Sai per statement (Part II): {a:true, b:false, c:null…}; null when nothing at all is marked. */
    static Outcome cluster(List<BubbleMark> bubbles) {
        Map<String, List<BubbleMark>> byStatement = new TreeMap<>();
        for (BubbleMark m : bubbles) {
            byStatement.computeIfAbsent(m.bubble().statement(), k -> new ArrayList<>()).add(m);
        }
        Map<String, Boolean> values = new LinkedHashMap<>();
        ProblemKind problem = null;
        boolean any = false;
        for (Map.Entry<String, List<BubbleMark>> e : byStatement.entrySet()) {
            Outcome o = choice(e.getValue());
            if (o.problem() == ProblemKind.UNCLEAR || o.problem() == ProblemKind.DOUBLE_MARK) {
                problem = problem == ProblemKind.UNCLEAR ? problem : o.problem();
                values.put(e.getKey(), null);
                continue;
            }
            any |= o.value() != null;
            values.put(e.getKey(), o.value() == null ? null : "T".equals(o.value()));
        }
        if (problem != null) {
            return new Outcome(null, problem);
        }
        return any ? new Outcome(values, null) : new Outcome(null, ProblemKind.BLANK);
    }

    /** Digit columns (Part III): "12,5", "-3"; null when nothing is marked. */
    static Outcome shortAnswer(List<BubbleMark> bubbles) {
        Outcome o = columns(bubbles);
        if (o.problem() != null || o.value() == null) {
            return o;
        }
        String text = (String) o.value();
        return NUMBER.matcher(text).matches() ? o : new Outcome(null, ProblemKind.UNCLEAR);
    }

    /**
     * The values of columns read left to right, one mark per column; columns left empty at the end are
     * allowed (a short number), an empty column between marked ones is not.
     */
    static Outcome columns(List<BubbleMark> bubbles) {
        Map<Integer, List<BubbleMark>> byColumn = new TreeMap<>();
        for (BubbleMark m : bubbles) {
            byColumn.computeIfAbsent(m.bubble().position(), k -> new ArrayList<>()).add(m);
        }
        StringBuilder text = new StringBuilder();
        boolean gap = false;
        for (List<BubbleMark> column : byColumn.values()) {
            Outcome o = choice(column);
            if (o.problem() == ProblemKind.UNCLEAR || o.problem() == ProblemKind.DOUBLE_MARK) {
                return new Outcome(null, o.problem());
            }
            if (o.value() == null) {
                gap = true;
            } else if (gap) {
                return new Outcome(null, ProblemKind.UNCLEAR);
            } else {
                text.append(o.value());
            }
        }
        return text.isEmpty() ? new Outcome(null, ProblemKind.BLANK) : new Outcome(text.toString(), null);
    }

    /** A digit grid that must be filled in every column (số báo danh, mã đề): the digits or null. */
    static String digits(List<BubbleMark> bubbles, int columns) {
        Outcome o = columns(bubbles);
        if (o.problem() != null || o.value() == null) {
            return null;
        }
        String s = (String) o.value();
        return s.length() == columns ? s : null;
    }

    static List<BubbleMark> of(List<BubbleMark> marks, String field) {
        return marks.stream().filter(m -> m.bubble().field().equals(field)).toList();
    }

    static boolean isAnswer(BubbleMark m) {
        return SheetBubble.ANSWER.equals(m.bubble().field());
    }
}

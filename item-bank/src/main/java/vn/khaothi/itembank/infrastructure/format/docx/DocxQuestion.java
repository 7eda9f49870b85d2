package vn.khaothi.itembank.infrastructure.format.docx;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import vn.khaothi.itembank.application.importing.ImportMessage;
import vn.khaothi.itembank.domain.item.Choice;
import vn.khaothi.itembank.domain.item.ChoiceBody;
import vn.khaothi.itembank.domain.item.EssayBody;
import vn.khaothi.itembank.domain.item.ItemContent;
import vn.khaothi.itembank.domain.item.ItemTypeCode;
import vn.khaothi.itembank.domain.item.NumericAnswer;
import vn.khaothi.itembank.domain.item.NumericBody;
import vn.khaothi.itembank.domain.item.PositionalId;
import vn.khaothi.itembank.domain.item.RichText;
import vn.khaothi.itembank.domain.item.Statement;
import vn.khaothi.itembank.domain.item.StatementsBody;

/** One "Câu n." of a Word file while it is read: its stem, options or statements, and their marks. */
final class DocxQuestion {

    /** A paragraph's text and, per character, whether it is underlined or bold. */
    record Marked(String text, List<Boolean> marks) {
        boolean anyMarked(int from, int to) {
            for (int i = from; i < to; i++) {
                if (marks.get(i)) {
                    return true;
                }
            }
            return false;
        }
    }

    final int number;
    final int part;
    final int line;
    final String chapter;
    final StringBuilder stem = new StringBuilder();
    final List<String> options = new ArrayList<>();
    final List<Boolean> optionMarked = new ArrayList<>();
    final List<String> statements = new ArrayList<>();
    final List<Boolean> statementMarked = new ArrayList<>();
    final List<Boolean> statementSuffix = new ArrayList<>();
    String inlineAnswer;

    DocxQuestion(int number, int part, int line, String chapter) {
        this.number = number;
        this.part = part;
        this.line = line;
        this.chapter = chapter;
    }

    String keyId() {
        return part + ":" + number;
    }

    private String where() {
        return "Câu " + number + ": ";
    }

    void readOptions(Marked p, int paragraph, List<ImportMessage> problems) {
        Matcher m = DocxReader.OPTION.matcher(p.text());
        List<int[]> starts = new ArrayList<>();
        while (m.find()) {
            starts.add(new int[] {m.start(1), m.end(), m.group(1).charAt(0)});
        }
        for (int i = 0; i < starts.size(); i++) {
            int[] s = starts.get(i);
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : p.text().length();
            if (s[2] - 'A' != options.size()) {
                problems.add(ImportMessage.atLine(paragraph, where() + "option " + (char) s[2] + " is out of order"));
                return;
            }
            options.add(p.text().substring(s[1], end).strip());
            optionMarked.add(p.anyMarked(s[0], end));
        }
    }

    void readStatement(char label, Marked p, int paragraph, List<ImportMessage> problems) {
        if (label - 'a' != statements.size()) {
            problems.add(ImportMessage.atLine(paragraph, where() + "statement " + label + ") is out of order"));
            return;
        }
        String text = p.text().substring(p.text().indexOf(')') + 1).strip();
        Boolean suffix = null;
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.endsWith("(đ)") || lower.endsWith("(s)")) {
            suffix = lower.endsWith("(đ)");
            text = text.substring(0, text.length() - 3).strip();
        }
        statements.add(text);
        statementMarked.add(p.anyMarked(0, p.text().length()));
        statementSuffix.add(suffix);
    }

    ItemContent toContent(String key, List<ImportMessage> problems) {
        RichText stemText = RichText.plain(stem.toString());
        ItemContent content;
        if (!statements.isEmpty()) {
            content = cluster(stemText, key, problems);
        } else if (!options.isEmpty()) {
            content = choice(stemText, key, problems);
        } else {
            String answer = inlineAnswer != null ? inlineAnswer : key;
            if (answer == null) {
                content = ItemContent.of(ItemTypeCode.ESSAY, stemText, new EssayBody(RichText.EMPTY, RichText.EMPTY));
            } else {
                try {
                    BigDecimal value = new BigDecimal(answer.replace(',', '.'));
                    content = ItemContent.of(ItemTypeCode.SHORT_NUMERIC, stemText, new NumericBody(List.of(
                            new NumericAnswer(value, BigDecimal.ZERO, BigDecimal.ONE, RichText.EMPTY))));
                } catch (NumberFormatException e) {
                    problems.add(ImportMessage.atLine(line, where() + "the answer \"" + answer + "\" is not a number"));
                    return null;
                }
            }
        }
        return content == null ? null : content.withName("Câu " + number);
    }

    private ItemContent choice(RichText stemText, String key, List<ImportMessage> problems) {
        int index;
        long marked = optionMarked.stream().filter(b -> b).count();
        if (key != null && key.matches("[A-H]")) {
            index = key.charAt(0) - 'A';
        } else if (marked == 1) {
            index = optionMarked.indexOf(true);
        } else {
            problems.add(ImportMessage.atLine(line, where() + (marked == 0
                    ? "no key: underline or bold the right option, or add an answer key (1-A, 2-B, …)"
                    : marked + " options are underlined or bold; mark exactly one")));
            return null;
        }
        if (index >= options.size()) {
            problems.add(ImportMessage.atLine(line, where() + "the answer key names option " + key + ", which the question does not have"));
            return null;
        }
        List<Choice> choices = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            choices.add(new Choice(PositionalId.of(i), RichText.plain(options.get(i)), i == index ? BigDecimal.ONE : BigDecimal.ZERO,
                    RichText.EMPTY, false));
        }
        return ItemContent.of(ItemTypeCode.SINGLE_CHOICE, stemText, new ChoiceBody(choices));
    }

    private ItemContent cluster(RichText stemText, String key, List<ImportMessage> problems) {
        List<Boolean> truth = new ArrayList<>();
        if (key != null && key.matches("[ĐSđs]{" + statements.size() + "}")) {
            key.toUpperCase(Locale.ROOT).chars().forEach(c -> truth.add(c == 'Đ'));
        } else if (statementSuffix.stream().allMatch(s -> s != null)) {
            truth.addAll(statementSuffix);
        } else if (statementMarked.contains(true)) {
            truth.addAll(statementMarked);
        } else {
            problems.add(ImportMessage.atLine(line, where() + "no key for the statements: end each with (Đ) or (S), "
                    + "underline or bold the true ones, or add \"" + number + "-ĐSĐS\" to the answer key"));
            return null;
        }
        List<Statement> out = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            out.add(new Statement(String.valueOf((char) ('a' + i)), RichText.plain(statements.get(i)), truth.get(i)));
        }
        return ItemContent.of(ItemTypeCode.TRUE_FALSE_CLUSTER, stemText, new StatementsBody(out));
    }
}

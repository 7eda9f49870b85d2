package vn.khaothi.itembank.infrastructure.format.docx;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.khaothi.itembank.application.importing.ImportMessage;
import vn.khaothi.itembank.domain.item.Choice;
import vn.khaothi.itembank.domain.item.ChoiceBody;
import vn.khaothi.itembank.domain.item.CognitiveLevel;
import vn.khaothi.itembank.domain.item.EssayBody;
import vn.khaothi.itembank.domain.item.ItemContent;
import vn.khaothi.itembank.domain.item.ItemTypeCode;
import vn.khaothi.itembank.domain.item.NumericAnswer;
import vn.khaothi.itembank.domain.item.NumericBody;
import vn.khaothi.itembank.domain.item.PositionalId;
import vn.khaothi.itembank.domain.item.RichText;
import vn.khaothi.itembank.domain.item.Statement;
import vn.khaothi.itembank.domain.item.StatementsBody;

/**
 * One question of a Word file while it is read: its stem, options or statements, how each is
 * marked (bold, underlined, red, a leading * or #) and any answer given with it.
 */
final class DocxQuestion {

    /** An option label at the start or after blanks: "A.", "B)", "*C.", "#D)". */
    static final Pattern OPTION = Pattern.compile("(?:^|\\s)([*#]?)([A-H])[.)]\\s*");
    /** A level tag right after the number: "Câu 1 (NB).", "[2] [TH]". */
    private static final Pattern LEVEL = Pattern.compile("^[\\[(](NB|TH|VD|VDC|M1|M2|M3)[\\])]\\s*[.:]?\\s*");
    static final Pattern STATEMENT = Pattern.compile("^([*#]?)([a-h])[).]\\s*(.*)$", Pattern.DOTALL);

    /** A marking feature: the label's or the text's bold/underline/red, or a leading * / #. */
    private static final int STAR = 64;

    final int number;
    final int part;
    final int line;
    final String chapter;
    final StringBuilder stem = new StringBuilder();
    final List<String> options = new ArrayList<>();
    /** Per option: label style bits, text style bits shifted by 3, STAR. */
    final List<Integer> optionMarks = new ArrayList<>();
    final List<String> statements = new ArrayList<>();
    final List<Boolean> statementMarked = new ArrayList<>();
    final List<Boolean> statementSuffix = new ArrayList<>();
    final List<DocxBlock.DocxImage> images = new ArrayList<>();
    int mathType;
    boolean trueFalsePart;
    /** A problem was found while reading it: it is never imported, not even valid-only. */
    boolean broken;
    String inlineAnswer;
    CognitiveLevel level;

    DocxQuestion(int number, int part, int line, String chapter) {
        this.number = number;
        this.part = part;
        this.line = line;
        this.chapter = chapter;
    }

    String where() {
        return "Câu " + number + ": ";
    }

    /** The first line of the stem, after a level tag "(NB)" / "[TH]" if there is one. */
    void startStem(String text) {
        Matcher m = LEVEL.matcher(text.strip());
        if (m.lookingAt()) {
            level = CognitiveLevel.valueOf(m.group(1));
            text = text.strip().substring(m.end());
        }
        appendStem(text);
    }

    void appendStem(String text) {
        if (!text.isBlank()) {
            stem.append(stem.length() == 0 ? "" : "\n").append(text.strip());
        }
    }

    /** Continues the last option or statement (a second line of it). */
    void appendToLast(String text) {
        if (!statements.isEmpty()) {
            int i = statements.size() - 1;
            statements.set(i, (statements.get(i) + " " + text.strip()).strip());
        } else if (!options.isEmpty()) {
            int i = options.size() - 1;
            options.set(i, (options.get(i) + " " + text.strip()).strip());
        } else {
            appendStem(text);
        }
    }

    /** "A. x   B. y" (several per paragraph allowed), labels in order. */
    void readOptions(DocxBlock.Para p, List<ImportMessage> problems) {
        String text = p.text();
        Matcher m = OPTION.matcher(text);
        List<int[]> starts = new ArrayList<>();
        while (m.find()) {
            int letter = m.group(2).charAt(0) - 'A';
            if (letter == options.size() + starts.size()) {
                starts.add(new int[] {m.start(1), m.end(), m.group(1).isEmpty() ? 0 : 1});
            } else if (starts.isEmpty()) {
                problems.add(ImportMessage.atLine(p.line(), where() + "option " + m.group(2) + " is out of order"));
                broken = true;
                return;
            } // else "điểm B. " inside an option's text: it stays text
        }
        for (int i = 0; i < starts.size(); i++) {
            int[] s = starts.get(i);
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length();
            addOption(text.substring(s[1], end).strip(), p.styleOf(s[0], s[1]), p.styleOf(s[1], end), s[2] == 1);
        }
    }

    /** An option whose label is Word's automatic lettering. */
    void addNumberedOption(DocxBlock.Para p) {
        String text = p.trimmed();
        boolean star = text.startsWith("*") || text.startsWith("#");
        addOption(star ? text.substring(1).strip() : text, 0, p.styleOf(0, p.text().length()), star);
    }

    void addOption(String text, int labelStyle, int textStyle, boolean star) {
        options.add(text);
        optionMarks.add(labelStyle | (textStyle << 3) | (star ? STAR : 0));
    }

    void readStatement(DocxBlock.Para p, String label, String body, List<ImportMessage> problems) {
        char c = label.charAt(0);
        if (c - 'a' != statements.size()) {
            problems.add(ImportMessage.atLine(p.line(), where() + "statement " + c + ") is out of order"));
            broken = true;
            return;
        }
        addStatement(body, p.styleOf(0, p.text().length()) != 0);
    }

    void addStatement(String body, boolean marked) {
        String text = body.strip();
        Boolean suffix = null;
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.endsWith("(đ)") || lower.endsWith("(s)")) {
            suffix = lower.endsWith("(đ)");
            text = text.substring(0, text.length() - 3).strip();
        }
        statements.add(text);
        statementMarked.add(marked);
        statementSuffix.add(suffix);
    }

    boolean hasAnswerParts() {
        return !options.isEmpty() || !statements.isEmpty() || inlineAnswer != null;
    }

    /** Word's picture types a page can show; others (EMF, WMF, TIFF) stay placeholders with a warning. */
    static boolean showable(DocxBlock.DocxImage image) {
        return image.contentType() != null && image.contentType().matches("image/(png|jpeg|gif|webp)");
    }

    /**
     * Plain text as item HTML, with each "[hình: name]" placeholder of a picture this question holds replaced by
     * the picture itself (a data: URI; the bank moves it into its media table with a content hash when it stores
     * the item, and exports put the bytes back).
     */
    private RichText rich(String text) {
        String html = RichText.plain(text).html();
        for (DocxBlock.DocxImage image : images) {
            String placeholder = RichText.plain("[hình: " + image.name() + "]").html();
            if (showable(image) && html.contains(placeholder)) {
                html = html.replace(placeholder, "<img src=\"data:" + image.contentType() + ";base64,"
                        + java.util.Base64.getEncoder().encodeToString(image.bytes()) + "\" alt=\"\">");
            }
        }
        return RichText.html(html);
    }

    ItemContent toContent(String key, List<ImportMessage> problems) {
        RichText stemText = rich(stem.toString());
        String answer = inlineAnswer != null ? inlineAnswer : key;
        ItemContent content;
        if (!statements.isEmpty()) {
            content = cluster(stemText, answer, problems);
        } else if (!options.isEmpty()) {
            content = choice(stemText, answer, problems);
        } else if (answer == null) {
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
        return content == null ? null : content.withName("Câu " + number);
    }

    /**
     * The key of a choice question: the answer given, else the one option that carries a mark no
     * other option carries (a mark on every label is decoration, e.g. all labels bold).
     */
    private ItemContent choice(RichText stemText, String key, List<ImportMessage> problems) {
        int index = -1;
        int conflicting = 0;
        if (key != null && key.matches("[A-H]")) {
            index = key.charAt(0) - 'A';
        } else if (key != null) {
            problems.add(ImportMessage.atLine(line, where() + "the answer \"" + key + "\" does not name an option A–"
                    + (char) ('A' + options.size() - 1)));
            return null;
        } else {
            int[] features = {STAR, DocxBlock.UNDERLINE << 3, DocxBlock.UNDERLINE, DocxBlock.RED << 3, DocxBlock.RED,
                DocxBlock.BOLD << 3, DocxBlock.BOLD};
            for (int f : features) {
                List<Integer> having = new ArrayList<>();
                for (int i = 0; i < options.size(); i++) {
                    if ((optionMarks.get(i) & f) != 0) {
                        having.add(i);
                    }
                }
                boolean labelOnly = f < 8;
                if (having.size() == 1) {
                    index = having.get(0);
                    break;
                }
                if (having.size() > 1 && !(labelOnly && having.size() == options.size())) {
                    conflicting = Math.max(conflicting, having.size());
                }
            }
            if (index < 0) {
                problems.add(ImportMessage.atLine(line, where() + (conflicting == 0
                        ? "no key: underline, bold or colour red the right option, start it with *, "
                            + "or add an answer key (1-A, 2-B, …)"
                        : conflicting + " options are underlined, bold or red; mark exactly one")));
                return null;
            }
        }
        if (index >= options.size()) {
            problems.add(ImportMessage.atLine(line, where() + "the answer key names option " + key
                    + ", which the question does not have"));
            return null;
        }
        List<Choice> choices = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            choices.add(new Choice(PositionalId.of(i), rich(options.get(i)), i == index ? BigDecimal.ONE
                    : BigDecimal.ZERO, RichText.EMPTY, false));
        }
        return ItemContent.of(ItemTypeCode.SINGLE_CHOICE, stemText, new ChoiceBody(choices));
    }

    private ItemContent cluster(RichText stemText, String key, List<ImportMessage> problems) {
        List<Boolean> truth = new ArrayList<>();
        if (key != null && key.matches("[ĐS]{" + statements.size() + "}")) {
            key.chars().forEach(c -> truth.add(c == 'Đ'));
        } else if (key != null) {
            problems.add(ImportMessage.atLine(line, where() + "the answer \"" + key + "\" does not give Đ or S for each of the "
                    + statements.size() + " statements"));
            return null;
        } else if (statementSuffix.stream().allMatch(s -> s != null)) {
            truth.addAll(statementSuffix);
        } else if (statementMarked.contains(true)) {
            truth.addAll(statementMarked);
        } else if (!trueFalsePart) {
            // "a) Tính …  b) Chứng minh …": the parts of a written question, not true/false statements
            for (int i = 0; i < statements.size(); i++) {
                stem.append('\n').append((char) ('a' + i)).append(") ").append(statements.get(i));
            }
            return ItemContent.of(ItemTypeCode.ESSAY, rich(stem.toString()),
                    new EssayBody(RichText.EMPTY, RichText.EMPTY));
        } else {
            problems.add(ImportMessage.atLine(line, where() + "no key for the statements: end each with (Đ) or (S), "
                    + "underline or bold the true ones, or add \"" + number + "-ĐSĐS\" to the answer key"));
            return null;
        }
        List<Statement> out = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            out.add(new Statement(String.valueOf((char) ('a' + i)), rich(statements.get(i)), truth.get(i)));
        }
        return ItemContent.of(ItemTypeCode.TRUE_FALSE_CLUSTER, stemText, new StatementsBody(out));
    }
}

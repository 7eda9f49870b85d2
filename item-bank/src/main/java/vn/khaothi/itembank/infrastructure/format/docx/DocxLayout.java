package vn.khaothi.itembank.infrastructure.format.docx;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.khaothi.itembank.application.importing.ImportMessage;

/**
 * One way Vietnamese teachers lay out a bank in Word, as a detector: it walks the blocks and says
 * where each question starts; what follows a start (options, statements, "Đáp án:", a key section
 * at the end, "PHẦN I/II/III", "Chương …") is read the same way for every layout by
 * {@link #read}. {@link DocxReader} tries {@link #ALL} in order and keeps the best-scoring
 * {@link Reading}, like the paper assembler: deterministic and readable.
 */
record DocxLayout(String name, String description, Pattern start, boolean autoNumbered, boolean tables) {

    static final DocxLayout CAU = new DocxLayout("cau", "\"Câu 1.\" before each question",
            Pattern.compile("^\\s*(?:Câu|Question)\\s*(\\d{1,4})\\s*[.:)]?\\s*(.*)$",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL), false, false);
    static final DocxLayout BRACKET = new DocxLayout("bracket", "\"[1]\" before each question, \"ANSWER: B\" after it",
            Pattern.compile("^\\s*\\[(\\d{1,4})\\]\\s*[.:)]?\\s*(.*)$", Pattern.DOTALL), false, false);
    static final DocxLayout NUMBERED = new DocxLayout("numbered", "\"1.\" or \"1)\" typed before each question",
            Pattern.compile("^\\s*(\\d{1,4})\\s*[.)]\\s+(\\S.*)$", Pattern.DOTALL), false, false);
    static final DocxLayout AUTO = new DocxLayout("auto-numbered", "questions numbered by Word's automatic numbering",
            null, true, false);
    static final DocxLayout TABLE = new DocxLayout("table", "a table with columns STT | Nội dung | Phương án | Đáp án",
            null, false, true);

    static final List<DocxLayout> ALL = List.of(CAU, BRACKET, NUMBERED, AUTO, TABLE);

    private static final Pattern INLINE_ANSWER = Pattern.compile(
            "^(?:Đáp án(?: đúng)?|Trả lời|ĐA|ANSWER|Answer|Key|Chọn)\\s*[:.]?\\s*(.+)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);

    /** What one layout made of the file. */
    record Reading(DocxLayout layout, List<DocxQuestion> questions, AnswerKey key, List<ImportMessage> problems,
                   List<ImportMessage> warnings, List<DocxBlock.Para> unplaced, List<DocxTableQuestions.Columns> tables) {

        /** Every question found counts, and one read with options, statements or an answer counts double. */
        int score() {
            int s = 0;
            for (DocxQuestion q : questions) {
                s += q.hasAnswerParts() ? 2 : 1;
            }
            return s;
        }

        boolean numbersUnique() {
            Set<Integer> seen = new HashSet<>();
            return questions.stream().allMatch(q -> seen.add(q.number));
        }
    }

    Reading read(List<DocxBlock> blocks) {
        List<DocxQuestion> questions = new ArrayList<>();
        AnswerKey key = new AnswerKey();
        List<ImportMessage> problems = new ArrayList<>();
        List<ImportMessage> warnings = new ArrayList<>();
        List<DocxBlock.Para> unplaced = new ArrayList<>();
        List<DocxTableQuestions.Columns> tablesRead = new ArrayList<>();
        DocxQuestion current = null;
        String chapter = "";
        int part = 0;
        boolean trueFalsePart = false;
        boolean inKey = false;
        int autoNumber = 0;
        for (DocxBlock block : blocks) {
            if (block instanceof DocxBlock.Table table) {
                DocxTableQuestions.Columns columns = tables ? DocxTableQuestions.columns(table) : null;
                if (!inKey && columns != null) {
                    tablesRead.add(columns);
                    questions.addAll(DocxTableQuestions.read(table, columns, part, chapter, problems));
                    current = null;
                } else if (inKey || AnswerKey.looksLikeKey(table) && (current != null || !questions.isEmpty())) {
                    key.readTable(table, inKey ? key.sectionPart() : part, false);
                } else if (current != null) {
                    for (int r = 0; r < table.rows().size(); r++) {
                        List<String> cells = new ArrayList<>();
                        for (int c = 0; c < table.rows().get(r).size(); c++) {
                            cells.add(table.text(r, c));
                        }
                        current.appendStem(String.join(" | ", cells));
                    }
                    warnings.add(ImportMessage.atLine(table.line(), current.where() + "a table in the question is kept as text rows"));
                }
                continue;
            }
            DocxBlock.Para p = (DocxBlock.Para) block;
            String text = p.trimmed();
            String[] started = inKey || text.isEmpty() ? null : start(p, text);
            if (current != null && !inKey && started == null) {
                attachPictures(current, p, warnings);
            }
            if (text.isEmpty()) {
                continue;
            }
            String upper = text.toUpperCase(Locale.ROOT);
            Matcher inline = INLINE_ANSWER.matcher(text);
            String inlineAnswer = inline.matches() ? AnswerKey.normalise(inline.group(1)) : null;
            if (current != null && !inKey && inlineAnswer != null) {
                current.inlineAnswer = inlineAnswer;
            } else if (AnswerKey.heading(text)) {
                inKey = true;
                current = null;
                key.startSection(text, p.line());
            } else if (inKey) {
                key.readSectionLine(text, p.line());
            } else if (upper.startsWith("PHẦN") || upper.startsWith("PHAN ")) {
                part++;
                autoNumber = 0;
                trueFalsePart = AnswerKey.plain(text).contains("dung sai") || AnswerKey.plain(text).contains("dung/sai");
                current = null;
            } else if (text.startsWith("Chương") || text.startsWith("CHƯƠNG")) {
                chapter = text;
                current = null;
            } else if (started != null) {
                int number = autoNumbered ? ++autoNumber : Integer.parseInt(started[0]);
                current = new DocxQuestion(number, part, p.line(), chapter);
                current.trueFalsePart = trueFalsePart;
                questions.add(current);
                attachPictures(current, p, warnings);
                current.startStem(started[1]);
            } else if (current == null) {
                unplaced.add(p);
            } else {
                readInside(current, p, text, trueFalsePart, problems);
            }
        }
        return new Reading(this, questions, key, problems, warnings, unplaced, tablesRead);
    }

    /** {number, rest of the text} when the paragraph starts a question in this layout, else null. */
    private String[] start(DocxBlock.Para p, String text) {
        if (tables) {
            return null;
        }
        if (autoNumbered) {
            if (p.numbered() && !p.letterNumbered() && p.numLevel() == 0 && !DocxQuestion.OPTION.matcher(text).lookingAt()) {
                return new String[] {"0", text};
            }
            return null;
        }
        Matcher m = start.matcher(text);
        if (!m.matches()) {
            return null;
        }
        String rest = m.group(2);
        if (this == NUMBERED && (rest.isBlank() || DocxQuestion.OPTION.matcher(rest).lookingAt()
                || AnswerKey.normalise(rest) != null || rest.matches("(?s)[\\s\\d\\-–.:)A-HĐS]*"))) {
            return null; // "1. A 2. B": a key line, not a question
        }
        return new String[] {m.group(1), rest};
    }

    private static void readInside(DocxQuestion q, DocxBlock.Para p, String text, boolean trueFalsePart,
                                   List<ImportMessage> problems) {
        Matcher statement = DocxQuestion.STATEMENT.matcher(text);
        if (p.letterNumbered()) {
            boolean asStatement = trueFalsePart || !q.statements.isEmpty();
            if (asStatement && q.options.isEmpty()) {
                q.addStatement(text, p.styleOf(0, p.text().length()) != 0);
            } else if (q.statements.isEmpty()) {
                q.addNumberedOption(p);
            } else {
                q.appendToLast(text);
            }
        } else if (q.statements.isEmpty() && DocxQuestion.OPTION.matcher(text).lookingAt()) {
            q.readOptions(p, problems);
        } else if (statement.matches() && q.options.isEmpty()
                && statement.group(2).charAt(0) - 'a' == q.statements.size()) {
            q.readStatement(p, statement.group(2), statement.group(3), problems);
        } else if (q.options.isEmpty() && q.statements.isEmpty()) {
            q.appendStem(text);
        } else {
            q.appendToLast(text);
        }
    }

    private static void attachPictures(DocxQuestion q, DocxBlock.Para p, List<ImportMessage> warnings) {
        for (DocxBlock.DocxImage image : p.images()) {
            q.images.add(image);
            if (p.mathType() == 0 && !DocxQuestion.showable(image)) {
                warnings.add(ImportMessage.atLine(q.line, q.where() + "the picture " + image.name() + " ("
                        + image.contentType() + ") is kept as the placeholder [hình: " + image.name()
                        + "]: only PNG, JPEG, GIF and WebP pictures are stored with items"));
            }
        }
        if (p.mathType() > 0) {
            q.mathType += p.mathType();
            warnings.add(ImportMessage.atLine(q.line, q.where() + p.mathType() + " MathType equation(s) (Equation.DSMT4) "
                    + "cannot be read and are shown as [MathType]; retype them with Word's equation editor or as LaTeX \\( … \\)"));
        }
    }

    /** Lines of a layout's reading that were not placed in a question, for the "no layout" message. */
    static List<String> firstUnplaced(Reading r, int max) {
        return r.unplaced().stream().limit(max).map(p -> "line " + p.line() + ": " + cut(p.trimmed(), 80)).toList();
    }

    private static String cut(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n) + "…";
    }
}

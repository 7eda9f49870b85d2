package vn.khaothi.itembank.infrastructure.format.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.khaothi.itembank.application.importing.ImportMessage;
import vn.khaothi.itembank.application.importing.ImportProgressListener;
import vn.khaothi.itembank.application.importing.ImportResult;
import vn.khaothi.itembank.application.importing.ImportedChapter;
import vn.khaothi.itembank.application.importing.ImportedItem;
import vn.khaothi.itembank.application.importing.ItemFormat;
import vn.khaothi.itembank.application.importing.ItemReader;
import vn.khaothi.itembank.domain.item.Choice;
import vn.khaothi.itembank.domain.item.ChoiceBody;
import vn.khaothi.itembank.domain.item.EssayBody;
import vn.khaothi.itembank.domain.item.ItemContent;
import vn.khaothi.itembank.domain.item.ItemTypeCode;
import vn.khaothi.itembank.domain.item.PositionalId;
import vn.khaothi.itembank.domain.item.RichText;

/**
 * Reads a Word (.docx) bank in the layout Vietnamese teachers keep: "Câu 1." (or "Câu 1:") starts
 * a question, the text after it and the following paragraphs are the stem, "A." … "D." (or "A)")
 * start options — several may share one line, separated by spaces or tabs — and the key is the
 * option whose label or text is underlined or bold, or is given in an answer table ("1-A", "2.B",
 * or a row of question numbers above a row of letters). A question without options is an essay.
 * A paragraph starting with "Chương" starts a chapter. Positions are paragraph numbers
 * (1-based, tables count as one), reported as the "line". Word equation objects cannot be read:
 * write math as LaTeX {@code \( … \)}.
 */
public final class DocxReader implements ItemReader {

    private static final Pattern QUESTION = Pattern.compile("^\\s*Câu\\s+(\\d+)\\s*[.:)]?\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern OPTION = Pattern.compile("(?:^|\\s)([A-H])[.)]\\s+");
    private static final Pattern KEY = Pattern.compile("(\\d+)\\s*[-.:]\\s*([A-H])\\b");

    @Override
    public ItemFormat format() {
        return ItemFormat.DOCX;
    }

    private static final class Draft {
        int number;
        int line;
        String chapter;
        StringBuilder stem = new StringBuilder();
        List<String> options = new ArrayList<>();
        List<Boolean> marked = new ArrayList<>();
    }

    @Override
    public ImportResult read(byte[] file, ImportProgressListener progress) {
        List<Draft> drafts = new ArrayList<>();
        Map<Integer, Character> answerTable = new HashMap<>();
        Map<String, ImportedChapter> chapters = new LinkedHashMap<>();
        List<ImportMessage> problems = new ArrayList<>();
        List<ImportMessage> warnings = new ArrayList<>();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(file))) {
            Draft current = null;
            String chapter = "";
            int line = 0;
            for (IBodyElement element : doc.getBodyElements()) {
                line++;
                if (element instanceof XWPFTable table) {
                    readAnswerTable(table, answerTable);
                    continue;
                }
                if (!(element instanceof XWPFParagraph p)) {
                    continue;
                }
                String text = p.getText().strip();
                if (!p.getCTP().getOMathList().isEmpty()) {
                    warnings.add(ImportMessage.atLine(line, "a Word equation object cannot be read; write math as LaTeX \\( … \\)"));
                }
                if (!p.getRuns().stream().allMatch(r -> r.getEmbeddedPictures().isEmpty())) {
                    warnings.add(ImportMessage.atLine(line, "a picture in the document is not imported"));
                }
                if (text.isEmpty()) {
                    continue;
                }
                Matcher q = QUESTION.matcher(text);
                if (text.startsWith("Chương")) {
                    chapter = text;
                    chapters.putIfAbsent(text, new ImportedChapter(text, text, "", "", ""));
                    current = null;
                } else if (q.matches()) {
                    current = new Draft();
                    current.number = Integer.parseInt(q.group(1));
                    current.line = line;
                    current.chapter = chapter;
                    current.stem.append(q.group(2).strip());
                    drafts.add(current);
                } else if (current != null && OPTION.matcher(text).lookingAt()) {
                    readOptions(p, current, line, problems);
                } else if (current != null && current.options.isEmpty()) {
                    current.stem.append(current.stem.length() == 0 ? "" : "\n").append(text);
                } else if (text.toUpperCase(Locale.ROOT).contains("ĐÁP ÁN") || KEY.matcher(text).find()) {
                    Matcher k = KEY.matcher(text);
                    while (k.find()) {
                        answerTable.put(Integer.parseInt(k.group(1)), k.group(2).charAt(0));
                    }
                    current = null;
                }
            }
        } catch (IOException | RuntimeException e) {
            return ImportResult.rejected(List.of(ImportMessage.atLine(0, "not a readable Word .docx file: " + e.getMessage())), List.of());
        }
        List<ImportedItem> items = new ArrayList<>();
        for (Draft d : drafts) {
            ItemContent content = toContent(d, answerTable, problems);
            if (content != null) {
                items.add(new ImportedItem(d.chapter, null, content, d.line));
            }
            progress.itemsParsed(items.size(), drafts.size());
        }
        if (!problems.isEmpty()) {
            return ImportResult.rejected(problems, warnings);
        }
        return new ImportResult(items, new ArrayList<>(chapters.values()), warnings, List.of(), "", 0);
    }

    /** Splits a paragraph holding one or more options, remembering which are underlined or bold. */
    private static void readOptions(XWPFParagraph p, Draft d, int line, List<ImportMessage> problems) {
        StringBuilder text = new StringBuilder();
        List<Boolean> markedChars = new ArrayList<>();
        for (XWPFRun run : p.getRuns()) {
            String t = run.text();
            boolean marked = run.isBold() || (run.getUnderline() != null && run.getUnderline() != UnderlinePatterns.NONE);
            text.append(t);
            for (int i = 0; i < t.length(); i++) {
                markedChars.add(marked && !Character.isWhitespace(t.charAt(i)));
            }
        }
        Matcher m = OPTION.matcher(text);
        List<int[]> starts = new ArrayList<>();
        while (m.find()) {
            starts.add(new int[] {m.start(1), m.end(), m.group(1).charAt(0)});
        }
        for (int i = 0; i < starts.size(); i++) {
            int[] s = starts.get(i);
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length();
            char label = (char) s[2];
            if (label - 'A' != d.options.size()) {
                problems.add(ImportMessage.atLine(line, "Câu " + d.number + ": option " + label + " is out of order"));
                return;
            }
            d.options.add(text.substring(s[1], end).strip());
            boolean marked = false;
            for (int c = s[0]; c < end; c++) {
                marked |= markedChars.get(c);
            }
            d.marked.add(marked);
        }
    }

    /** "1-A" cells, or a row of question numbers above a row of letters. */
    private static void readAnswerTable(XWPFTable table, Map<Integer, Character> keys) {
        List<XWPFTableRow> rows = table.getRows();
        for (int r = 0; r < rows.size(); r++) {
            List<XWPFTableCell> cells = rows.get(r).getTableCells();
            for (int c = 0; c < cells.size(); c++) {
                String cell = cells.get(c).getText().strip();
                Matcher k = KEY.matcher(cell);
                while (k.find()) {
                    keys.put(Integer.parseInt(k.group(1)), k.group(2).charAt(0));
                }
                if (cell.matches("\\d+") && r + 1 < rows.size() && c < rows.get(r + 1).getTableCells().size()) {
                    String below = rows.get(r + 1).getTableCells().get(c).getText().strip();
                    if (below.matches("[A-H]")) {
                        keys.put(Integer.parseInt(cell), below.charAt(0));
                    }
                }
            }
        }
    }

    private static ItemContent toContent(Draft d, Map<Integer, Character> answerTable, List<ImportMessage> problems) {
        String where = "Câu " + d.number + ": ";
        RichText stem = RichText.plain(d.stem.toString());
        if (d.options.isEmpty()) {
            return ItemContent.of(ItemTypeCode.ESSAY, stem, new EssayBody(RichText.EMPTY, RichText.EMPTY)).withName("Câu " + d.number);
        }
        int key;
        Character fromTable = answerTable.get(d.number);
        long marked = d.marked.stream().filter(b -> b).count();
        if (fromTable != null) {
            key = fromTable - 'A';
        } else if (marked == 1) {
            key = d.marked.indexOf(true);
        } else {
            problems.add(ImportMessage.atLine(d.line, where + (marked == 0
                    ? "no key: underline or bold the right option, or add an answer table (1-A, 2-B, …)"
                    : marked + " options are underlined or bold; mark exactly one")));
            return null;
        }
        if (key < 0 || key >= d.options.size()) {
            problems.add(ImportMessage.atLine(d.line, where + "the answer table names option " + (char) ('A' + key)
                    + ", which the question does not have"));
            return null;
        }
        List<Choice> options = new ArrayList<>();
        for (int i = 0; i < d.options.size(); i++) {
            options.add(new Choice(PositionalId.of(i), RichText.plain(d.options.get(i)), i == key ? BigDecimal.ONE : BigDecimal.ZERO,
                    RichText.EMPTY, false));
        }
        return ItemContent.of(ItemTypeCode.SINGLE_CHOICE, stem, new ChoiceBody(options)).withName("Câu " + d.number);
    }
}

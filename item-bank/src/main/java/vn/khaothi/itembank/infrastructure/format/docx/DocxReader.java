package vn.khaothi.itembank.infrastructure.format.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
import vn.khaothi.itembank.domain.item.ItemContent;
import vn.khaothi.itembank.infrastructure.format.ZipGuard;

/**
 * Reads a Word (.docx) bank or paper in the layout Vietnamese teachers use, including the 2025
 * three-part format. "Câu 1." (or "Câu 1:") starts a question; the rest of the paragraph and the
 * following paragraphs are the stem. Then:
 * <ul>
 * <li>"A." … (or "A)"), several per line allowed → single choice; the key is the option whose label
 * or text is underlined or bold, or is given in the answer key;</li>
 * <li>"a)" … "d)" → true/false cluster; true statements are marked "(Đ)"/"(S)" at the end, or
 * underlined/bold, or given in the answer key as "1-ĐSĐS";</li>
 * <li>no options, with "Đáp án: 2,5" after the stem or a number in the answer key → short numeric;</li>
 * <li>no options and no answer → essay.</li>
 * </ul>
 * The answer key is any text after a paragraph starting with "ĐÁP ÁN" (or "BẢNG ĐÁP ÁN",
 * "HƯỚNG DẪN CHẤM"): tokens "1-A", "2.B", "3: ĐSĐS",
 * "4-2,5", or a table row of question numbers above a row of answers. "PHẦN I/II/III" headings
 * restart question numbers, in the questions and in the answer key alike. A paragraph starting
 * with "Chương" starts a chapter. Positions are paragraph numbers (1-based, a table counts as one),
 * reported as the "line". Word equation objects cannot be read: write math as LaTeX {@code \( … \)}.
 */
public final class DocxReader implements ItemReader {

    private static final Pattern QUESTION = Pattern.compile("^\\s*Câu\\s+(\\d+)\\s*[.:)]?\\s*(.*)$", Pattern.DOTALL);
    static final Pattern OPTION = Pattern.compile("(?:^|\\s)([A-H])[.)]\\s+");
    private static final Pattern STATEMENT = Pattern.compile("^([a-d])\\)\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern INLINE_ANSWER = Pattern.compile("^(?:Đáp án|Trả lời)\\s*[:.]\\s*(-?\\d+(?:[.,]\\d+)?)\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern KEY = Pattern.compile("(\\d+)\\s*[-.:]\\s*([A-H]|[ĐSđs]{4}|-?\\d+(?:[.,]\\d+)?)(?![\\p{L}\\d])");

    @Override
    public ItemFormat format() {
        return ItemFormat.DOCX;
    }

    @Override
    public ImportResult read(byte[] file, ImportProgressListener progress) {
        List<DocxQuestion> questions = new ArrayList<>();
        Map<String, String> answerKey = new HashMap<>();
        Map<String, ImportedChapter> chapters = new LinkedHashMap<>();
        List<ImportMessage> problems = new ArrayList<>();
        List<ImportMessage> warnings = new ArrayList<>();
        Optional<String> bomb = ZipGuard.problem(file);
        if (bomb.isPresent()) {
            return ImportResult.rejected(List.of(ImportMessage.atLine(0, "not a readable Word .docx file: " + bomb.get())), List.of());
        }
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(file))) {
            DocxQuestion current = null;
            String chapter = "";
            int part = 0;
            boolean inKey = false;
            int line = 0;
            for (IBodyElement element : doc.getBodyElements()) {
                line++;
                if (element instanceof XWPFTable table) {
                    readKeyTable(table, part, answerKey);
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
                String upper = text.toUpperCase(Locale.ROOT);
                Matcher q = QUESTION.matcher(text);
                Matcher s = STATEMENT.matcher(text);
                Matcher inline = INLINE_ANSWER.matcher(text);
                boolean keyHeading = upper.startsWith("ĐÁP ÁN") || upper.startsWith("BẢNG ĐÁP ÁN") || upper.startsWith("HƯỚNG DẪN CHẤM");
                if (keyHeading && !inline.matches()) {
                    inKey = true;
                    part = 0;
                    current = null;
                    readKeyText(text, part, answerKey);
                } else if (upper.startsWith("PHẦN")) {
                    part++;
                    current = null;
                } else if (inKey) {
                    readKeyText(text, part, answerKey);
                } else if (text.startsWith("Chương")) {
                    chapter = text;
                    chapters.putIfAbsent(text, new ImportedChapter(text, text, "", "", ""));
                    current = null;
                } else if (q.matches()) {
                    current = new DocxQuestion(Integer.parseInt(q.group(1)), part, line, chapter);
                    current.stem.append(q.group(2).strip());
                    questions.add(current);
                } else if (current != null && inline.matches()) {
                    current.inlineAnswer = inline.group(1).strip();
                } else if (current != null && current.statements.isEmpty() && OPTION.matcher(text).lookingAt()) {
                    current.readOptions(segments(p), line, problems);
                } else if (current != null && current.options.isEmpty() && s.matches()) {
                    current.readStatement(s.group(1).charAt(0), segments(p), line, problems);
                } else if (current != null && current.options.isEmpty() && current.statements.isEmpty()) {
                    current.stem.append(current.stem.length() == 0 ? "" : "\n").append(text);
                }
            }
        } catch (IOException | RuntimeException e) {
            return ImportResult.rejected(List.of(ImportMessage.atLine(0, "not a readable Word .docx file; open it in Word and save it again as .docx")), List.of());
        }
        List<ImportedItem> items = new ArrayList<>();
        for (DocxQuestion question : questions) {
            ItemContent content = question.toContent(answerKey.get(question.keyId()), problems);
            if (content != null) {
                items.add(new ImportedItem(question.chapter, null, content, question.line));
            }
            progress.itemsParsed(items.size(), questions.size());
        }
        if (!problems.isEmpty()) {
            return ImportResult.rejected(problems, warnings);
        }
        return new ImportResult(items, new ArrayList<>(chapters.values()), warnings, List.of(), "", 0);
    }

    /** The paragraph's text with, per character, whether it is underlined or bold. */
    private static DocxQuestion.Marked segments(XWPFParagraph p) {
        StringBuilder text = new StringBuilder();
        List<Boolean> marked = new ArrayList<>();
        for (XWPFRun run : p.getRuns()) {
            String t = run.text();
            boolean m = run.isBold() || (run.getUnderline() != null && run.getUnderline() != UnderlinePatterns.NONE);
            text.append(t);
            for (int i = 0; i < t.length(); i++) {
                marked.add(m && !Character.isWhitespace(t.charAt(i)));
            }
        }
        return new DocxQuestion.Marked(text.toString(), marked);
    }

    private static void readKeyText(String text, int part, Map<String, String> key) {
        Matcher k = KEY.matcher(text);
        while (k.find()) {
            key.put(part + ":" + k.group(1), k.group(2));
        }
    }

    /** Tokens in cells, or a row of question numbers above a row of answers. */
    private static void readKeyTable(XWPFTable table, int part, Map<String, String> key) {
        List<XWPFTableRow> rows = table.getRows();
        for (int r = 0; r < rows.size(); r++) {
            List<XWPFTableCell> cells = rows.get(r).getTableCells();
            for (int c = 0; c < cells.size(); c++) {
                String cell = cells.get(c).getText().strip();
                readKeyText(cell, part, key);
                if (cell.matches("\\d+") && r + 1 < rows.size() && c < rows.get(r + 1).getTableCells().size()) {
                    String below = rows.get(r + 1).getTableCells().get(c).getText().strip();
                    if (below.matches("[A-H]|[ĐSđs]{4}|-?\\d+(?:[.,]\\d+)?")) {
                        key.put(part + ":" + cell, below);
                    }
                }
            }
        }
    }
}

package vn.khaothi.itembank.infrastructure.format.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import vn.khaothi.itembank.application.importing.AnswerKeyFile;
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
 * Reads a Word (.docx) bank in the layouts Vietnamese teachers use (docs/item-formats.md, "Word"):
 * <ol>
 * <li>{@link DocxLayout#CAU} "Câu 1." (or "Câu 1:") before each question;</li>
 * <li>{@link DocxLayout#BRACKET} "[1] question … A. … B. … ANSWER: B" (Aiken-like);</li>
 * <li>{@link DocxLayout#NUMBERED} "1." / "1)" typed before each question;</li>
 * <li>{@link DocxLayout#AUTO} questions numbered by Word's automatic numbering (options may be
 * lettered automatically too);</li>
 * <li>{@link DocxLayout#TABLE} a table STT | Nội dung | Phương án | Đáp án, one question per row.</li>
 * </ol>
 * Every layout is tried and the one that places the most questions wins (ties: the earlier one).
 * In all of them: options "A." … (several per line allowed) make a single choice, keyed by the
 * answer given ("ANSWER: B", "Đáp án: B", a key section at the end as text "1-A 2-B" or a grid)
 * or by the one option marked — underlined, bold, red, or starting with * or #; statements
 * "a)" … "d)" make a true/false cluster (in a "PHẦN II … đúng sai" part, or keyed "ĐSĐS");
 * "Đáp án: 12,5" alone makes a short numeric answer; nothing makes an essay. "PHẦN I/II/III"
 * restarts the numbering, in the questions and in the key alike; "Chương …" starts a chapter. The
 * key may also come in a second file ({@link #read(byte[], AnswerKeyFile, ImportProgressListener)}). Word
 * equations become LaTeX {@code \( … \)} ({@link OmmlToLatex}); pictures and MathType objects are
 * kept as placeholders with a warning per question. Positions are body elements (paragraphs, a
 * table counting as one), reported as the "line". A file that matches no layout is refused with
 * the layouts tried and the first lines that could not be placed.
 */
public final class DocxReader implements ItemReader {

    @Override
    public ItemFormat format() {
        return ItemFormat.DOCX;
    }

    @Override
    public ImportResult read(byte[] file, ImportProgressListener progress) {
        return read(file, null, progress);
    }

    /**
     * With the answers (or some of them) in a second file ({@link SeparateAnswerKey}): its answers
     * complete the bank's; where both give one for a question they must agree, else that question is a
     * problem naming both lines. An answer for a question the bank does not have is a problem too,
     * and a key file that cannot be read rejects the import.
     */
    @Override
    public ImportResult read(byte[] file, AnswerKeyFile answerKey, ImportProgressListener progress) {
        SeparateAnswerKey.Read separate = null;
        if (answerKey != null) {
            separate = SeparateAnswerKey.read(answerKey);
            if (!separate.problems().isEmpty()) {
                return ImportResult.rejected(separate.problems(), List.of());
            }
        }
        Optional<String> bomb = ZipGuard.problem(file);
        if (bomb.isPresent()) {
            return ImportResult.rejected(List.of(ImportMessage.atLine(0, "not a readable Word .docx file: " + bomb.get())), List.of());
        }
        List<DocxBlock> blocks;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(file))) {
            blocks = WordText.blocks(doc.getBodyElements());
        } catch (IOException | RuntimeException e) {
            return ImportResult.rejected(List.of(ImportMessage.atLine(0,
                    "not a readable Word .docx file; open it in Word and save it again as .docx")), List.of());
        } catch (StackOverflowError e) {
            // markup nested thousands deep (a hostile file): the walk of the text gives up
            return ImportResult.rejected(List.of(ImportMessage.atLine(0,
                    "the Word file is nested too deeply to be read; open it in Word and save it again as .docx")), List.of());
        }
        DocxLayout.Reading best = best(blocks);
        if (best.score() == 0) {
            return ImportResult.rejected(noLayout(blocks, best), List.of());
        }
        return result(best, answerKey, separate == null ? null : separate.key(), progress);
    }

    /** Every layout's reading; the best scoring wins, the earlier on a tie. */
    static DocxLayout.Reading best(List<DocxBlock> blocks) {
        DocxLayout.Reading best = null;
        for (DocxLayout layout : DocxLayout.ALL) {
            DocxLayout.Reading r = layout.read(blocks);
            if (best == null || r.score() > best.score()) {
                best = r;
            }
        }
        return best;
    }

    private static List<ImportMessage> noLayout(List<DocxBlock> blocks, DocxLayout.Reading first) {
        List<ImportMessage> problems = new ArrayList<>();
        List<String> tried = DocxLayout.ALL.stream().map(DocxLayout::description).toList();
        boolean anyText = blocks.stream().anyMatch(b -> b instanceof DocxBlock.Table
                || b instanceof DocxBlock.Para p && !p.trimmed().isEmpty());
        problems.add(ImportMessage.atLine(0, (anyText ? "no question could be placed in any layout" : "the document holds no text")
                + "; layouts tried: " + String.join("; ", tried)
                + ". See docs/item-formats.md (Word) for examples"));
        List<DocxBlock.Para> unplaced = DocxLayout.CAU.read(blocks).unplaced();
        for (DocxBlock.Para p : unplaced.subList(0, Math.min(5, unplaced.size()))) {
            String t = p.trimmed();
            problems.add(ImportMessage.atLine(p.line(), "could not be placed: " + (t.length() > 100 ? t.substring(0, 100) + "…" : t)));
        }
        return problems;
    }

    private static ImportResult result(DocxLayout.Reading reading, AnswerKeyFile keyFile, AnswerKey separate,
                                       ImportProgressListener progress) {
        List<ImportMessage> problems = new ArrayList<>(reading.problems());
        List<ImportMessage> warnings = new ArrayList<>();
        warnings.add(ImportMessage.atLine(0, "read as: " + reading.layout().description()
                + " (" + reading.questions().size() + " questions)"));
        if (separate != null) {
            warnings.add(new ImportMessage(0, "file: " + keyFile.name(), separate.entries().size()
                    + " answers read from the answer key file"));
        }
        warnings.addAll(reading.warnings());
        Map<String, ImportedChapter> chapters = new LinkedHashMap<>();
        boolean unique = reading.numbersUnique();
        List<ImportedItem> items = new ArrayList<>();
        Set<AnswerKey.Entry> used = Collections.newSetFromMap(new IdentityHashMap<>());
        int done = 0;
        for (DocxQuestion q : reading.questions()) {
            int before = problems.size();
            String key = reading.key().get(q.part, q.number, unique);
            AnswerKey.Entry other = separate == null ? null : separate.entry(q.part, q.number, unique);
            if (other != null) {
                used.add(other);
                key = agreed(q, key, reading.key().entry(q.part, q.number, unique), other, keyFile, problems);
            }
            ItemContent content = problems.size() > before ? null : q.toContent(key, problems);
            if (content != null && !q.broken && problems.size() == before) {
                if (!q.chapter.isEmpty()) {
                    chapters.putIfAbsent(q.chapter, new ImportedChapter(q.chapter, q.chapter, "", "", ""));
                }
                items.add(new ImportedItem(q.chapter, q.level, content, q.line));
            }
            progress.itemsParsed(++done, reading.questions().size());
        }
        if (separate != null && !separate.hasParts() && !unique) {
            // "1-B … 1-ĐSĐS": which Câu 1 is meant cannot be told; one sentence says how to fix it
            problems.add(new ImportMessage(0, "file: " + keyFile.name(), "the bank numbers its questions again in each "
                    + "PHẦN; write PHẦN I, PHẦN II, … in the answer key file too"));
        } else if (separate != null) {
            for (AnswerKey.Entry e : separate.entries()) {
                if (!used.contains(e)) {
                    problems.add(new ImportMessage(e.line(), "file: " + keyFile.name(), "the answer key gives \""
                            + e.answer() + "\" for Câu " + e.number() + (e.part() > 0 ? ", PHẦN " + roman(e.part()) : "")
                            + ", which the bank does not have"));
                }
            }
        }
        if (!problems.isEmpty()) {
            return ImportResult.partial(items, new ArrayList<>(chapters.values()), warnings, problems);
        }
        return new ImportResult(items, new ArrayList<>(chapters.values()), warnings, List.of(), "", 0);
    }

    /**
     * The answer of a question the key file answers: the file's, unless the bank gives another one
     * ("ANSWER: B" with the question, or its own key section), which is a problem naming both lines.
     */
    private static String agreed(DocxQuestion q, String bankKey, AnswerKey.Entry bankEntry, AnswerKey.Entry other,
                                 AnswerKeyFile keyFile, List<ImportMessage> problems) {
        String own = q.inlineAnswer != null ? q.inlineAnswer : bankKey;
        int ownLine = q.inlineAnswer != null || bankEntry == null ? q.line : bankEntry.line();
        if (own != null && !same(own, other.answer())) {
            problems.add(ImportMessage.atLine(q.line, q.where() + "the bank gives the answer \"" + own + "\" (line " + ownLine
                    + ") but " + keyFile.name() + " gives \"" + other.answer() + "\" (line " + other.line()
                    + "); correct one of them"));
        }
        q.inlineAnswer = null; // the key file's answer is the one used; when both agree they are the same
        return other.answer();
    }

    /** Whether two answers mean the same: equal text, or equal numbers ("12,5" and "12.50"). */
    private static boolean same(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        try {
            return new BigDecimal(a.replace(',', '.')).compareTo(new BigDecimal(b.replace(',', '.'))) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String roman(int part) {
        String[] r = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
        return part <= r.length ? r[part - 1] : String.valueOf(part);
    }
}

package vn.khaothi.itembank.infrastructure.format.gift;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.khaothi.itembank.application.importing.ItemFormat;
import vn.khaothi.itembank.application.importing.ImportMessage;
import vn.khaothi.itembank.application.importing.ImportProgressListener;
import vn.khaothi.itembank.application.importing.ImportResult;
import vn.khaothi.itembank.application.importing.ImportedChapter;
import vn.khaothi.itembank.application.importing.ImportedItem;
import vn.khaothi.itembank.application.importing.ItemReader;
import vn.khaothi.itembank.domain.item.ItemContent;
import vn.khaothi.itembank.infrastructure.format.CategoryPaths;
import vn.khaothi.itembank.infrastructure.format.Utf8Input;

/**
 * Reads a Moodle GIFT file. As Moodle's file reader does, every line is trimmed and questions are
 * separated by blank lines; {@code $CATEGORY: path} switches the chapter for the questions after
 * it. A block without braces is a description: warned about, not imported. Syntax errors are
 * problems at the block's first line.
 */
public final class GiftReader implements ItemReader {

    @Override
    public ItemFormat format() {
        return ItemFormat.GIFT;
    }

    @Override
    public ImportResult read(byte[] file, ImportProgressListener progress) {
        Utf8Input input = Utf8Input.decode(file, "GIFT");
        if (input.problem().isPresent()) {
            return ImportResult.rejected(List.of(input.problem().get()), List.of());
        }
        List<Block> blocks = blocks(input.text().orElseThrow());
        List<ImportedItem> items = new ArrayList<>();
        Map<String, ImportedChapter> chapters = new LinkedHashMap<>();
        List<ImportMessage> warnings = new ArrayList<>();
        List<ImportMessage> problems = new ArrayList<>();
        String chapter = "";
        int done = 0;
        for (Block block : blocks) {
            GiftQuestionParser.Parsed parsed = GiftQuestionParser.parse(block.lines());
            if (parsed.category() != null) {
                chapter = CategoryPaths.register(parsed.category(), chapters);
            } else if (parsed.description() != null) {
                warnings.add(ImportMessage.atLine(block.firstLine(),
                        "a text without an answer block {…} is a description, not a question; not imported"));
            } else if (parsed.problem() != null) {
                problems.add(ImportMessage.atLine(block.firstLine(), parsed.problem()));
            } else if (parsed.content() != null) {
                items.add(new ImportedItem(chapter, null, parsed.content(), block.firstLine()));
            }
            progress.itemsParsed(++done, blocks.size());
        }
        if (!problems.isEmpty()) {
            return ImportResult.partial(items, new ArrayList<>(chapters.values()), warnings,
                    vn.khaothi.itembank.application.importing.ItemImport.withItemProblems(problems, items));
        }
        return new ImportResult(items, new ArrayList<>(chapters.values()), warnings, List.of(), "", 0);
    }

    /** Reads one question from its lines without trimming them (Moodle's single-question reader). */
    public static GiftQuestionResult readQuestion(String text) {
        GiftQuestionParser.Parsed parsed = GiftQuestionParser.parse(List.of(text.split("\r?\n", -1)));
        return new GiftQuestionResult(parsed.content(), parsed.problem());
    }

    /** The outcome of {@link #readQuestion}: a content or a problem (both null for a comment). */
    public record GiftQuestionResult(ItemContent content, String problem) {
    }

    private record Block(int firstLine, List<String> lines) {
    }

    private static List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int first = 0;
        int lineNo = 0;
        for (String raw : text.split("\r?\n", -1)) {
            lineNo++;
            String line = raw.strip();
            if (line.isEmpty()) {
                if (!current.isEmpty()) {
                    blocks.add(new Block(first, current));
                    current = new ArrayList<>();
                }
            } else {
                if (current.isEmpty()) {
                    first = lineNo;
                }
                current.add(line);
            }
        }
        if (!current.isEmpty()) {
            blocks.add(new Block(first, current));
        }
        return blocks;
    }
}

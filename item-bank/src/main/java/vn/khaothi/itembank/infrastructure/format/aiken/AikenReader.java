package vn.khaothi.itembank.infrastructure.format.aiken;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.khaothi.itembank.application.importing.ItemFormat;
import vn.khaothi.itembank.application.importing.ImportMessage;
import vn.khaothi.itembank.application.importing.ImportProgressListener;
import vn.khaothi.itembank.application.importing.ImportResult;
import vn.khaothi.itembank.application.importing.ImportedItem;
import vn.khaothi.itembank.application.importing.ItemReader;
import vn.khaothi.itembank.domain.item.Choice;
import vn.khaothi.itembank.domain.item.ChoiceBody;
import vn.khaothi.itembank.domain.item.ItemContent;
import vn.khaothi.itembank.domain.item.ItemTypeCode;
import vn.khaothi.itembank.domain.item.PositionalId;
import vn.khaothi.itembank.domain.item.RichText;
import vn.khaothi.itembank.infrastructure.format.Utf8Input;

/**
 * Reads Aiken: a question line, option lines {@code A)} or {@code A.} (space optional), then
 * {@code ANSWER: X}. Every question is single choice; text is plain and is escaped. Moodle skips a
 * bad question and imports the rest; we report every bad block with its line and import nothing.
 */
public final class AikenReader implements ItemReader {

    private static final Pattern OPTION = Pattern.compile("^([A-Z])[).]\\s*(.*)$");
    private static final Pattern ANSWER = Pattern.compile("^ANSWER:\\s*(.*)$");

    /** Items and problems of a whole file, before the all-or-nothing rule is applied. */
    public record Parsed(List<ImportedItem> items, List<ImportMessage> problems) {
    }

    @Override
    public ItemFormat format() {
        return ItemFormat.AIKEN;
    }

    @Override
    public ImportResult read(byte[] file, ImportProgressListener progress) {
        Utf8Input input = Utf8Input.decode(file, "Aiken");
        if (input.problem().isPresent()) {
            return ImportResult.rejected(List.of(input.problem().get()), List.of());
        }
        Parsed parsed = parse(input.text().orElseThrow(), progress);
        if (!parsed.problems().isEmpty()) {
            return ImportResult.partial(parsed.items(), List.of(), List.of(), parsed.problems());
        }
        return new ImportResult(parsed.items(), List.of(), List.of(), List.of(), "", 0);
    }

    public static Parsed parse(String text, ImportProgressListener progress) {
        String[] lines = text.split("\r?\n", -1);
        int expected = (int) Arrays.stream(lines).filter(l -> ANSWER.matcher(l.strip()).matches()).count();
        List<ImportedItem> items = new ArrayList<>();
        List<ImportMessage> problems = new ArrayList<>();
        StringBuilder stem = null;
        int stemLine = 0;
        List<String> options = new ArrayList<>();
        boolean broken = false; // the current question has a problem: valid-only leaves it out
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher answer = ANSWER.matcher(line);
            Matcher option = OPTION.matcher(line);
            if (answer.matches()) {
                if (stem == null) {
                    problems.add(ImportMessage.atLine(lineNo, "question not started: ANSWER without a question"));
                } else if (options.size() < 2) {
                    problems.add(ImportMessage.atLine(lineNo, "question must have at least 2 answers"));
                } else {
                    String key = answer.group(1).strip();
                    int index = key.length() == 1 ? key.charAt(0) - 'A' : -1;
                    if (index < 0 || index >= options.size()) {
                        problems.add(ImportMessage.atLine(lineNo, "ANSWER: " + key + " names no option of the question"));
                    } else if (!broken) {
                        items.add(new ImportedItem("", null, question(stem.toString(), options, index), stemLine));
                        progress.itemsParsed(items.size(), expected);
                    }
                }
                stem = null;
                options = new ArrayList<>();
                broken = false;
            } else if (option.matches()) {
                if (stem == null) {
                    problems.add(ImportMessage.atLine(lineNo, "question not started: an option without a question"));
                } else if (option.group(1).charAt(0) - 'A' != options.size()) {
                    problems.add(ImportMessage.atLine(lineNo, "option " + option.group(1) + " is out of order"));
                    broken = true;
                } else {
                    options.add(option.group(2));
                }
            } else if (stem != null && options.isEmpty()) {
                stem.append('\n').append(line);
            } else {
                if (stem != null) {
                    problems.add(ImportMessage.atLine(lineNo, "question not completed (no ANSWER: line) before the next question starts"));
                    options = new ArrayList<>();
                }
                stem = new StringBuilder(line);
                stemLine = lineNo;
                broken = false;
            }
        }
        if (stem != null) {
            problems.add(ImportMessage.atLine(stemLine, "question not completed: no ANSWER: line before the end of the file"));
        }
        return new Parsed(items, problems);
    }

    private static ItemContent question(String stem, List<String> options, int key) {
        List<Choice> choices = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            choices.add(new Choice(PositionalId.of(i), RichText.plain(options.get(i)),
                    i == key ? BigDecimal.ONE : BigDecimal.ZERO, RichText.EMPTY, false));
        }
        return ItemContent.of(ItemTypeCode.SINGLE_CHOICE, RichText.plain(stem), new ChoiceBody(choices));
    }
}

package vn.khaothi.itembank.infrastructure.format.json;

import static vn.khaothi.itembank.domain.json.Jsonp.JSON;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import vn.khaothi.itembank.application.importing.ItemFormat;
import vn.khaothi.itembank.application.importing.ImportMessage;
import vn.khaothi.itembank.application.importing.ImportProgressListener;
import vn.khaothi.itembank.application.importing.ImportResult;
import vn.khaothi.itembank.application.importing.ImportedChapter;
import vn.khaothi.itembank.application.importing.ImportedItem;
import vn.khaothi.itembank.application.importing.ItemReader;
import vn.khaothi.itembank.infrastructure.format.Utf8Input;

/**
 * Reads our own bank format, khaothi-json (docs/item-formats.md):
 * {@code {"subject","grade","chapters":[{"code","title","items":[…]}]}}. The file is streamed so
 * each item's problems carry the line where the item starts and a path such as
 * {@code chapters[2].items[7]}.
 */
public final class KhaothiJsonReader implements ItemReader {

    @Override
    public ItemFormat format() {
        return ItemFormat.KHAOTHI_JSON;
    }

    @Override
    public ImportResult read(byte[] file, ImportProgressListener progress) {
        Utf8Input input = Utf8Input.decode(file, "khaothi-json");
        if (input.problem().isPresent()) {
            return ImportResult.rejected(List.of(input.problem().get()), List.of());
        }
        String text = input.text().orElseThrow();
        int expected = countItems(text);
        List<ImportedItem> items = new ArrayList<>();
        List<ImportedChapter> chapters = new ArrayList<>();
        List<ImportMessage> problems = new ArrayList<>();
        String subject = "";
        int grade = 0;
        try (JsonParser parser = JSON.createParser(new StringReader(text))) {
            expect(parser, JsonParser.Event.START_OBJECT, "the file must be a JSON object");
            while (parser.next() == JsonParser.Event.KEY_NAME) {
                String key = parser.getString();
                int line = (int) parser.getLocation().getLineNumber();
                parser.next();
                switch (key) {
                    case "subject" -> subject = parser.getValue().toString().replace("\"", "");
                    case "grade" -> {
                        try {
                            grade = parser.getInt();
                        } catch (IllegalStateException e) {
                            problems.add(new ImportMessage(line, "grade", "grade must be a number 1–12"));
                        }
                    }
                    case "chapters" -> readChapters(parser, chapters, items, problems, progress, expected);
                    default -> parser.skipObject();
                }
            }
        } catch (JsonParsingException e) {
            problems.add(ImportMessage.atLine((int) e.getLocation().getLineNumber(), "not valid JSON near line "
                    + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber()));
        } catch (JsonException | IllegalStateException | java.util.NoSuchElementException e) {
            problems.add(ImportMessage.atLine(0, "not a khaothi-json bank: the file does not have the documented shape "
                    + "(docs/item-formats.md)"));
        }
        if (grade < 0 || grade > 12) {
            problems.add(new ImportMessage(0, "grade", "grade must be 1–12, was " + grade));
        }
        if (!problems.isEmpty()) {
            return ImportResult.rejected(problems, List.of());
        }
        if (grade > 0) {
            KhaothiJsonItems.checkLevels(items, grade, problems);
            if (!problems.isEmpty()) {
                return ImportResult.rejected(problems, List.of());
            }
        }
        return new ImportResult(items, chapters, List.of(), List.of(), subject, grade);
    }

    private static void readChapters(JsonParser parser, List<ImportedChapter> chapters, List<ImportedItem> items,
                                     List<ImportMessage> problems, ImportProgressListener progress, int expected) {
        if (parser.currentEvent() != JsonParser.Event.START_ARRAY) {
            throw new IllegalStateException("\"chapters\" must be an array");
        }
        int c = 0;
        while (parser.next() == JsonParser.Event.START_OBJECT) {
            String path = "chapters[" + c + "]";
            String code = "";
            String title = "";
            while (parser.next() == JsonParser.Event.KEY_NAME) {
                String key = parser.getString();
                parser.next();
                switch (key) {
                    case "code" -> code = parser.getString();
                    case "title" -> title = parser.getString();
                    case "items" -> {
                        if (parser.currentEvent() != JsonParser.Event.START_ARRAY) {
                            throw new IllegalStateException(path + ".items must be an array");
                        }
                        int i = 0;
                        while (parser.next() == JsonParser.Event.START_OBJECT) {
                            int line = (int) parser.getLocation().getLineNumber();
                            JsonObject item = parser.getObject();
                            String itemPath = path + ".items[" + i++ + "]";
                            KhaothiJsonItems.read(item, code, line, itemPath, items, problems);
                            progress.itemsParsed(items.size(), expected);
                        }
                    }
                    default -> parser.skipObject();
                }
            }
            if (code.isBlank()) {
                problems.add(new ImportMessage(0, path, "a chapter needs a \"code\""));
            }
            chapters.add(new ImportedChapter(code, title, "", "", ""));
            c++;
        }
    }

    private static void expect(JsonParser parser, JsonParser.Event event, String message) {
        if (!parser.hasNext() || parser.next() != event) {
            throw new IllegalStateException(message);
        }
    }

    /** A cheap estimate of the number of items for progress: occurrences of a "type" key. */
    private static int countItems(String text) {
        int count = 0;
        for (int i = text.indexOf("\"type\""); i >= 0; i = text.indexOf("\"type\"", i + 6)) {
            count++;
        }
        return count;
    }
}

package vn.khaothi.itembank.infrastructure.format.moodlexml;

import static vn.khaothi.itembank.infrastructure.format.xml.LineNumberedXml.child;
import static vn.khaothi.itembank.infrastructure.format.xml.LineNumberedXml.childText;
import static vn.khaothi.itembank.infrastructure.format.xml.LineNumberedXml.children;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.w3c.dom.Element;
import vn.khaothi.itembank.application.importing.ItemFormat;
import vn.khaothi.itembank.application.importing.ImportMessage;
import vn.khaothi.itembank.application.importing.ImportProgressListener;
import vn.khaothi.itembank.application.importing.ImportResult;
import vn.khaothi.itembank.application.importing.ImportedChapter;
import vn.khaothi.itembank.application.importing.ImportedItem;
import vn.khaothi.itembank.application.importing.ItemReader;
import vn.khaothi.itembank.infrastructure.format.CategoryPaths;
import vn.khaothi.itembank.infrastructure.format.xml.LineNumberedXml;

/**
 * Reads Moodle XML ({@code <quiz>} of {@code <question type>}; a lone {@code <question>} is accepted
 * too). {@code category} records become chapters (created with their parents, whatever the order);
 * {@code description} and types we cannot represent are warned about and not imported; any problem
 * rejects the whole file, named by line and element path.
 */
public final class MoodleXmlReader implements ItemReader {

    @Override
    public ItemFormat format() {
        return ItemFormat.MOODLE_XML;
    }

    @Override
    public ImportResult read(byte[] file, ImportProgressListener progress) {
        LineNumberedXml.Parsed parsed = LineNumberedXml.parse(file);
        if (parsed.problem() != null) {
            return ImportResult.rejected(List.of(parsed.problem()), List.of());
        }
        Element root = parsed.document().getDocumentElement();
        List<Element> questions;
        if (root.getLocalName().equals("quiz")) {
            questions = children(root, "question");
        } else if (root.getLocalName().equals("question")) {
            questions = List.of(root);
        } else {
            return ImportResult.rejected(List.of(new ImportMessage(LineNumberedXml.line(root), LineNumberedXml.path(root),
                    "a Moodle XML file starts with <quiz>, this one with <" + root.getLocalName() + ">")), List.of());
        }
        List<ImportedItem> items = new ArrayList<>();
        Map<String, ImportedChapter> chapters = new LinkedHashMap<>();
        List<ImportMessage> warnings = new ArrayList<>();
        List<ImportMessage> problems = new ArrayList<>();
        String chapter = "";
        int done = 0;
        for (Element q : questions) {
            int line = LineNumberedXml.line(q);
            String path = LineNumberedXml.path(q);
            String type = q.getAttribute("type").strip();
            String name = Jsoup.parse(childText(child(q, "name") == null ? q : child(q, "name"), "text")).text().strip();
            String label = name.isEmpty() ? "" : "question '" + name + "': ";
            if (type.isEmpty()) {
                problems.add(new ImportMessage(line, path, "<question> has no type attribute"));
            } else if (type.equals("category")) {
                chapter = category(q, chapters);
            } else if (type.equals("description")) {
                warnings.add(new ImportMessage(line, path, label + "a description is not a question; not imported"));
            } else {
                MoodleQuestionMapper.Mapped mapped;
                try {
                    mapped = MoodleQuestionMapper.map(q, type);
                } catch (NumberFormatException e) {
                    problems.add(new ImportMessage(line, path, label + "a grade, fraction or tolerance is not a number"));
                    progress.itemsParsed(++done, questions.size());
                    continue;
                }
                if (mapped.unsupported() != null) {
                    warnings.add(new ImportMessage(line, path, label + mapped.unsupported() + " cannot be represented; not imported"));
                } else {
                    mapped.problems().forEach(p -> problems.add(new ImportMessage(line, path, label + p)));
                    if (mapped.problems().isEmpty()) {
                        items.add(new ImportedItem(chapter, null, mapped.content(), line));
                    }
                }
                mapped.lostFiles().forEach(f -> warnings.add(new ImportMessage(line, path,
                        label + "embedded file " + f + " was not kept")));
                mapped.notes().forEach(n -> warnings.add(new ImportMessage(line, path, label + n)));
            }
            progress.itemsParsed(++done, questions.size());
        }
        if (!problems.isEmpty()) {
            return ImportResult.partial(items, new ArrayList<>(chapters.values()), warnings,
                    vn.khaothi.itembank.application.importing.ItemImport.withItemProblems(problems, items));
        }
        return new ImportResult(items, new ArrayList<>(chapters.values()), warnings, List.of(), "", 0);
    }

    private static String category(Element q, Map<String, ImportedChapter> chapters) {
        String key = CategoryPaths.register(childText(child(q, "category"), "text"), chapters);
        if (key.isEmpty()) {
            return key;
        }
        ImportedChapter found = chapters.get(key);
        Element info = child(q, "info");
        String description = info == null ? "" : childText(info, "text").strip();
        chapters.put(key, new ImportedChapter(key, found.title(), description, childText(q, "idnumber").strip(),
                found.parentKey()));
        return key;
    }
}

package vn.khaothi.itembank.infrastructure.format.qti21;

import static vn.khaothi.itembank.infrastructure.format.xml.LineNumberedXml.children;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.w3c.dom.Element;
import vn.khaothi.itembank.application.importing.ItemFormat;
import vn.khaothi.itembank.application.importing.ImportMessage;
import vn.khaothi.itembank.application.importing.ImportProgressListener;
import vn.khaothi.itembank.application.importing.ImportResult;
import vn.khaothi.itembank.application.importing.ImportedChapter;
import vn.khaothi.itembank.application.importing.ImportedItem;
import vn.khaothi.itembank.application.importing.ItemReader;
import vn.khaothi.itembank.infrastructure.format.xml.LineNumberedXml;
import vn.khaothi.itembank.infrastructure.format.ZipGuard;

/**
 * Reads IMS QTI 2.1: one {@code assessmentItem} file, an {@code assessmentTest} whose item files are
 * found through a resolver (beside it on disk, or in the same zip), or a zip (content package) of
 * either. Each {@code assessmentSection} of a test becomes a chapter holding the items it refers to.
 * Items we cannot represent are skipped with a warning naming the file; structural errors are
 * problems and reject the whole import.
 */
public final class QtiReader implements ItemReader {

    @Override
    public ItemFormat format() {
        return ItemFormat.QTI21;
    }

    @Override
    public ImportResult read(byte[] file, ImportProgressListener progress) {
        if (file.length > 1 && file[0] == 'P' && file[1] == 'K') {
            return readZip(file, progress);
        }
        return read("", file, href -> null, progress);
    }

    /** Reads a test or item file from disk; a test's items are read from beside it. */
    public ImportResult read(Path file, ImportProgressListener progress) {
        Function<String, byte[]> resolver = href -> {
            Path p = file.resolveSibling(href);
            try {
                return Files.isRegularFile(p) ? Files.readAllBytes(p) : null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        return read(file.getFileName().toString(), resolver.apply(file.getFileName().toString()), resolver, progress);
    }

    private ImportResult readZip(byte[] zip, ImportProgressListener progress) {
        Optional<String> bomb = ZipGuard.problem(zip);
        if (bomb.isPresent()) {
            return ImportResult.rejected(List.of(ImportMessage.atLine(0, bomb.get())), List.of());
        }
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (!e.isDirectory() && e.getName().endsWith(".xml") && !e.getName().endsWith("imsmanifest.xml")) {
                    entries.put(e.getName(), in.readAllBytes());
                }
            }
        } catch (IOException e) {
            return ImportResult.rejected(List.of(ImportMessage.atLine(0, "the file is not a readable zip (it may be damaged or only partly uploaded)")), List.of());
        }
        List<String> tests = entries.keySet().stream().filter(n -> rootName(entries.get(n)).equals("assessmentTest")).toList();
        if (tests.size() == 1) {
            String test = tests.get(0);
            String folder = test.contains("/") ? test.substring(0, test.lastIndexOf('/') + 1) : "";
            return read(test, entries.get(test), href -> entries.get(folder + href), progress);
        }
        Accumulator acc = new Accumulator();
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            if (rootName(e.getValue()).equals("assessmentItem")) {
                acc.item(e.getKey(), e.getValue(), "");
            }
            progress.itemsParsed(acc.items.size(), entries.size());
        }
        return acc.result();
    }

    private static String rootName(byte[] xml) {
        LineNumberedXml.Parsed p = LineNumberedXml.parse(xml);
        return p.document() == null ? "" : p.document().getDocumentElement().getLocalName();
    }

    private ImportResult read(String name, byte[] xml, Function<String, byte[]> resolver, ImportProgressListener progress) {
        if (xml == null) {
            return ImportResult.rejected(List.of(ImportMessage.atLine(0, "file " + name + " not found")), List.of());
        }
        LineNumberedXml.Parsed parsed = LineNumberedXml.parse(xml);
        if (parsed.problem() != null) {
            return ImportResult.rejected(List.of(parsed.problem()), List.of());
        }
        Element root = parsed.document().getDocumentElement();
        Accumulator acc = new Accumulator();
        switch (root.getLocalName()) {
            case "assessmentItem" -> acc.item(name, root, "");
            case "assessmentTest" -> {
                List<Element> refs = new ArrayList<>();
                collect(root, "assessmentItemRef", refs);
                for (Element section : sections(root)) {
                    String key = section.getAttribute("identifier");
                    String parent = section.getParentNode() instanceof Element p && p.getLocalName().equals("assessmentSection")
                            ? p.getAttribute("identifier") : "";
                    acc.chapters.add(new ImportedChapter(key, section.getAttribute("title"), "", "", parent));
                    for (Element ref : children(section, "assessmentItemRef")) {
                        String href = ref.getAttribute("href");
                        byte[] itemXml = resolver.apply(href);
                        if (itemXml == null) {
                            acc.problems.add(new ImportMessage(LineNumberedXml.line(ref), LineNumberedXml.path(ref),
                                    "the item file " + href + " is missing (upload the test as a zip with its items)"));
                        } else {
                            acc.item(href, itemXml, key);
                        }
                        progress.itemsParsed(acc.seen, refs.size());
                    }
                }
            }
            default -> acc.problems.add(new ImportMessage(LineNumberedXml.line(root), LineNumberedXml.path(root),
                    "a QTI 2.1 file starts with <assessmentItem> or <assessmentTest>, not <" + root.getLocalName() + ">"));
        }
        return acc.result();
    }

    private static List<Element> sections(Element test) {
        List<Element> out = new ArrayList<>();
        collect(test, "assessmentSection", out);
        return out;
    }

    private static void collect(Element e, String name, List<Element> out) {
        for (Element c : children(e, null)) {
            if (c.getLocalName().equals(name)) {
                out.add(c);
            }
            collect(c, name, out);
        }
    }

    /** Items, chapters, warnings and problems gathered over the files of one import. */
    private static final class Accumulator {
        final List<ImportedItem> items = new ArrayList<>();
        final List<ImportedChapter> chapters = new ArrayList<>();
        final List<ImportMessage> warnings = new ArrayList<>();
        final List<ImportMessage> problems = new ArrayList<>();
        int seen;

        void item(String file, byte[] xml, String chapter) {
            LineNumberedXml.Parsed parsed = LineNumberedXml.parse(xml);
            if (parsed.problem() != null) {
                ImportMessage p = parsed.problem();
                problems.add(new ImportMessage(p.line(), file, p.message()));
                return;
            }
            item(file, parsed.document().getDocumentElement(), chapter);
        }

        void item(String file, Element root, String chapter) {
            seen++;
            String where = file.isEmpty() ? LineNumberedXml.path(root) : file;
            if (!root.getLocalName().equals("assessmentItem")) {
                problems.add(new ImportMessage(LineNumberedXml.line(root), where, "expected an assessmentItem"));
                return;
            }
            try {
                QtiItemMapper.Mapped mapped = QtiItemMapper.map(root);
                mapped.warnings().forEach(w -> warnings.add(new ImportMessage(LineNumberedXml.line(root), where, w)));
                if (mapped.unsupported() != null) {
                    warnings.add(new ImportMessage(LineNumberedXml.line(root), where, mapped.unsupported() + "; not imported"));
                } else {
                    items.add(new ImportedItem(chapter, null, mapped.content(), LineNumberedXml.line(root)));
                }
            } catch (QtiItemMapper.QtiProblem | IllegalArgumentException e) {
                problems.add(new ImportMessage(LineNumberedXml.line(root), where, e.getMessage()));
            }
        }

        ImportResult result() {
            if (!problems.isEmpty()) {
                return ImportResult.rejected(problems, warnings);
            }
            return new ImportResult(items, chapters, warnings, List.of(), "", 0);
        }
    }
}

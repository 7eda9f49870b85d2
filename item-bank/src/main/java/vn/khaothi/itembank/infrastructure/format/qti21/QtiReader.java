package vn.khaothi.itembank.infrastructure.format.qti21;

import static vn.khaothi.itembank.infrastructure.format.xml.LineNumberedXml.children;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.w3c.dom.Element;
import vn.khaothi.itembank.application.importing.ImportMessage;
import vn.khaothi.itembank.application.importing.ImportProgressListener;
import vn.khaothi.itembank.application.importing.ImportResult;
import vn.khaothi.itembank.application.importing.ImportedChapter;
import vn.khaothi.itembank.application.importing.ImportedItem;
import vn.khaothi.itembank.application.importing.ItemFormat;
import vn.khaothi.itembank.application.importing.ItemReader;
import vn.khaothi.itembank.domain.item.ItemContent;
import vn.khaothi.itembank.domain.itemtype.ItemTypes;
import vn.khaothi.itembank.infrastructure.format.MediaFiles;
import vn.khaothi.itembank.infrastructure.format.ZipGuard;
import vn.khaothi.itembank.infrastructure.format.xml.LineNumberedXml;

/**
 * Reads IMS QTI 2.1 and 2.2: one {@code assessmentItem} file, an {@code assessmentTest} whose item
 * files are found beside it on disk, or a content package (zip). A package is read through its
 * {@code imsmanifest.xml}: its test resources (each {@code assessmentSection} becomes a chapter,
 * nested sections lessons), then any item resources no test refers to; the keywords of an item
 * resource's LOM metadata are the item's tags. Without a manifest, a zip is searched for a test or
 * items. Every {@code href} and {@code src} is resolved against the file that holds it
 * ({@code ../../Items/q1/q1.xml}). Pictures in the package become part of the item (data URIs,
 * {@link MediaFiles} decides which are kept).
 *
 * <p>Items we cannot represent (graphic interactions, templated items, an item with several block
 * interactions) or that do not hold together (a correct response naming no choice) are refused
 * one by one — a warning "not imported" naming the file in the package, the line and the element
 * path — and the rest of the package is imported. A package or test that cannot be read at all
 * (not XML, a missing item file) is a problem and rejects the import.
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
        return readRoot("", file, path -> null, Map.of(), progress);
    }

    /** Reads a test or item file from disk; a test's items are read from beside it. */
    public ImportResult read(Path file, ImportProgressListener progress) {
        Path dir = file.toAbsolutePath().getParent();
        Function<String, byte[]> files = path -> {
            Path p = dir.resolve(path).normalize();
            try {
                return Files.isRegularFile(p) ? Files.readAllBytes(p) : null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        String name = file.getFileName().toString();
        return readRoot(name, files.apply(name), files, Map.of(), progress);
    }

    /**
     * The path {@code href} names, seen from the file {@code referrer} (both relative to the package
     * root): {@code .} and {@code ..} resolved, {@code %20} decoded, any {@code #fragment} dropped.
     * A path that climbs out of the root keeps its leading {@code ../} (a zip has no such file).
     */
    static String resolve(String referrer, String href) {
        String h = href.strip();
        int cut = h.indexOf('#');
        h = cut >= 0 ? h.substring(0, cut) : h;
        cut = h.indexOf('?');
        h = cut >= 0 ? h.substring(0, cut) : h;
        try {
            h = URLDecoder.decode(h.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // A lone % is a file name character here.
        }
        h = h.replace('\\', '/');
        String folder = referrer.contains("/") ? referrer.substring(0, referrer.lastIndexOf('/') + 1) : "";
        String joined = h.startsWith("/") ? h.substring(1) : folder + h;
        Deque<String> parts = new ArrayDeque<>();
        int above = 0;
        for (String part : joined.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    above++;
                } else {
                    parts.removeLast();
                }
            } else {
                parts.addLast(part);
            }
        }
        return "../".repeat(above) + String.join("/", parts);
    }

    private ImportResult readZip(byte[] zip, ImportProgressListener progress) {
        Optional<String> bomb = ZipGuard.problem(zip);
        if (bomb.isPresent()) {
            return ImportResult.rejected(List.of(ImportMessage.atLine(0, bomb.get())), List.of());
        }
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (!e.isDirectory()) {
                    entries.put(resolve("", e.getName()), in.readAllBytes());
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return ImportResult.rejected(List.of(ImportMessage.atLine(0, "the file is not a readable zip (it may be damaged or only partly uploaded)")), List.of());
        }
        Function<String, byte[]> files = entries::get;
        String manifest = entries.keySet().stream().filter(n -> n.equals("imsmanifest.xml") || n.endsWith("/imsmanifest.xml"))
                .min((a, b) -> Integer.compare(a.length(), b.length())).orElse(null);
        if (manifest != null) {
            return readManifest(manifest, entries.get(manifest), files, progress);
        }
        List<String> xml = entries.keySet().stream().filter(n -> n.toLowerCase(java.util.Locale.ROOT).endsWith(".xml")).toList();
        List<String> tests = xml.stream().filter(n -> rootName(entries.get(n)).equals("assessmentTest")).toList();
        if (tests.size() == 1) {
            return readRoot(tests.get(0), entries.get(tests.get(0)), files, Map.of(), progress);
        }
        Accumulator acc = new Accumulator(files, Map.of());
        List<String> items = xml.stream().filter(n -> rootName(entries.get(n)).equals("assessmentItem")).toList();
        for (String name : items) {
            acc.item(name, entries.get(name), "", null);
            progress.itemsParsed(acc.seen, items.size());
        }
        return acc.result();
    }

    /** A package: its test resources in manifest order, then the items no test refers to. */
    private ImportResult readManifest(String manifestName, byte[] manifestXml, Function<String, byte[]> files,
                                      ImportProgressListener progress) {
        LineNumberedXml.Parsed parsed = LineNumberedXml.parse(manifestXml);
        if (parsed.problem() != null) {
            ImportMessage p = parsed.problem();
            return ImportResult.rejected(List.of(new ImportMessage(p.line(), manifestName, p.message())), List.of());
        }
        List<String> tests = new ArrayList<>();
        List<String> items = new ArrayList<>();
        Map<String, List<String>> tags = new HashMap<>();
        List<Element> resources = new ArrayList<>();
        collect(parsed.document().getDocumentElement(), "resource", resources);
        for (Element r : resources) {
            String type = r.getAttribute("type");
            if (r.getAttribute("href").isBlank()) {
                continue;
            }
            String href = resolve(manifestName, base(r) + r.getAttribute("href"));
            if (type.startsWith("imsqti_test")) {
                tests.add(href);
            } else if (type.startsWith("imsqti_item")) {
                items.add(href);
                List<String> keywords = keywords(r);
                if (!keywords.isEmpty()) {
                    tags.put(href, keywords);
                }
            }
        }
        if (tests.isEmpty() && items.isEmpty()) {
            return ImportResult.rejected(List.of(new ImportMessage(0, manifestName,
                    "the manifest lists no QTI test or item resources (type imsqti_test_… or imsqti_item_…)")), List.of());
        }
        Accumulator acc = new Accumulator(files, tags);
        int total = items.size();
        for (String test : tests) {
            byte[] bytes = files.apply(test);
            if (bytes == null) {
                acc.problems.add(new ImportMessage(0, manifestName, "the test file " + test + " is missing from the package"));
                continue;
            }
            acc.test(test, bytes, (parsedCount, t) -> progress.itemsParsed(parsedCount, Math.max(total, t)));
        }
        for (String item : items) {
            if (acc.read.contains(item)) {
                continue;
            }
            byte[] bytes = files.apply(item);
            if (bytes == null) {
                acc.problems.add(new ImportMessage(0, manifestName, "the item file " + item + " is missing from the package"));
            } else {
                acc.item(item, bytes, "", null);
            }
            progress.itemsParsed(acc.seen, Math.max(total, acc.seen));
        }
        return acc.result();
    }

    private static String base(Element resource) {
        String base = "";
        for (org.w3c.dom.Node n = resource; n instanceof Element e; n = n.getParentNode()) {
            String b = e.getAttributeNS("http://www.w3.org/XML/1998/namespace", "base");
            if (!b.isBlank()) {
                base = (b.endsWith("/") ? b : b + "/") + base;
            }
        }
        return base;
    }

    /** LOM keywords ({@code keyword/string} or {@code keyword/langstring}) of a resource's metadata. */
    private static List<String> keywords(Element resource) {
        List<Element> found = new ArrayList<>();
        collect(resource, "keyword", found);
        Set<String> out = new LinkedHashSet<>();
        for (Element k : found) {
            List<Element> strings = children(k, null);
            if (strings.isEmpty()) {
                out.add(k.getTextContent().strip());
            } else {
                strings.forEach(s -> out.add(s.getTextContent().strip()));
            }
        }
        out.remove("");
        return List.copyOf(out);
    }

    private static String rootName(byte[] xml) {
        LineNumberedXml.Parsed p = LineNumberedXml.parse(xml);
        return p.document() == null ? "" : p.document().getDocumentElement().getLocalName();
    }

    private ImportResult readRoot(String name, byte[] xml, Function<String, byte[]> files, Map<String, List<String>> tags,
                                  ImportProgressListener progress) {
        if (xml == null) {
            return ImportResult.rejected(List.of(ImportMessage.atLine(0, "file " + name + " not found")), List.of());
        }
        LineNumberedXml.Parsed parsed = LineNumberedXml.parse(xml);
        if (parsed.problem() != null) {
            ImportMessage p = parsed.problem();
            return ImportResult.rejected(List.of(new ImportMessage(p.line(), name, p.message())), List.of());
        }
        Element root = parsed.document().getDocumentElement();
        Accumulator acc = new Accumulator(files, tags);
        switch (root.getLocalName()) {
            case "assessmentItem" -> acc.item(name, root, "");
            case "assessmentTest" -> acc.test(name, root, progress);
            default -> acc.problems.add(new ImportMessage(LineNumberedXml.line(root), where(name, root),
                    "a QTI 2.1 file starts with <assessmentItem> or <assessmentTest>, not <" + root.getLocalName() + ">"));
        }
        return acc.result();
    }

    private static String where(String file, Element e) {
        String path = LineNumberedXml.path(e);
        return file.isEmpty() ? path : file + " " + path;
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
        final Map<String, ImportedChapter> chapters = new LinkedHashMap<>();
        final List<ImportMessage> warnings = new ArrayList<>();
        final List<ImportMessage> problems = new ArrayList<>();
        final Set<String> read = new LinkedHashSet<>();
        final Function<String, byte[]> files;
        final Map<String, List<String>> tags;
        int seen;

        Accumulator(Function<String, byte[]> files, Map<String, List<String>> tags) {
            this.files = files;
            this.tags = tags;
        }

        void test(String file, byte[] xml, ImportProgressListener progress) {
            LineNumberedXml.Parsed parsed = LineNumberedXml.parse(xml);
            if (parsed.problem() != null) {
                ImportMessage p = parsed.problem();
                problems.add(new ImportMessage(p.line(), file, p.message()));
                return;
            }
            Element root = parsed.document().getDocumentElement();
            if (!root.getLocalName().equals("assessmentTest")) {
                problems.add(new ImportMessage(LineNumberedXml.line(root), where(file, root), "expected an assessmentTest"));
                return;
            }
            test(file, root, progress);
        }

        void test(String file, Element root, ImportProgressListener progress) {
            List<Element> refs = new ArrayList<>();
            collect(root, "assessmentItemRef", refs);
            List<Element> sections = new ArrayList<>();
            collect(root, "assessmentSection", sections);
            for (Element section : sections) {
                String key = section.getAttribute("identifier");
                String parent = section.getParentNode() instanceof Element p && p.getLocalName().equals("assessmentSection")
                        ? p.getAttribute("identifier") : "";
                chapters.putIfAbsent(key, new ImportedChapter(key, section.getAttribute("title"), "", "", parent));
                for (Element ref : children(section, "assessmentItemRef")) {
                    String href = resolve(file, ref.getAttribute("href"));
                    byte[] itemXml = files.apply(href);
                    if (itemXml == null) {
                        problems.add(new ImportMessage(LineNumberedXml.line(ref), where(file, ref),
                                "the item file " + ref.getAttribute("href") + " (" + href + ") is missing"
                                        + (file.isEmpty() ? " (upload the test as a zip with its items)" : " from the package")));
                    } else {
                        item(href, itemXml, key, ref);
                    }
                    progress.itemsParsed(seen, refs.size());
                }
            }
        }

        void item(String file, byte[] xml, String chapter, Element ref) {
            read.add(file);
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
            if (!root.getLocalName().equals("assessmentItem")) {
                problems.add(new ImportMessage(LineNumberedXml.line(root), where(file, root), "expected an assessmentItem"));
                return;
            }
            try {
                List<String> mediaWarnings = QtiMedia.inline(root, file, files);
                QtiItemMapper.Mapped mapped = QtiItemMapper.map(root);
                mediaWarnings.forEach(w -> warnings.add(new ImportMessage(LineNumberedXml.line(root), where(file, root), w)));
                mapped.warnings().forEach(w -> warnings.add(new ImportMessage(LineNumberedXml.line(root), where(file, root), w)));
                if (mapped.unsupported() != null) {
                    Element at = mapped.where() == null ? root : mapped.where();
                    refuse(file, at, mapped.unsupported());
                    return;
                }
                ItemContent content = mapped.content();
                if (tags.containsKey(file)) {
                    content = content.withTags(tags.get(file));
                }
                List<String> invalid = ItemTypes.validate(content);
                if (!invalid.isEmpty()) {
                    refuse(file, root, content.type() + ": " + String.join("; ", invalid));
                    return;
                }
                items.add(new ImportedItem(chapter, null, content, LineNumberedXml.line(root)));
            } catch (QtiItemMapper.QtiProblem e) {
                refuse(file, e.where() == null ? root : e.where(), e.getMessage());
            } catch (IllegalArgumentException e) {
                refuse(file, root, "a number in the item is not a number (" + e.getMessage() + ")");
            }
        }

        private void refuse(String file, Element at, String why) {
            warnings.add(new ImportMessage(LineNumberedXml.line(at), where(file, at), why + "; not imported"));
        }

        /** Rejected when any problem was found, but with the items read whole, for a valid-only import. */
        ImportResult result() {
            return ImportResult.partial(items, new ArrayList<>(chapters.values()), warnings, problems);
        }
    }
}

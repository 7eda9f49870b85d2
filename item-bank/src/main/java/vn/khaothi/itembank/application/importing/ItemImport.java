package vn.khaothi.itembank.application.importing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.khaothi.itembank.domain.itemtype.ItemTypes;

/**
 * The import entry point an application service calls: pick the reader for the format, read,
 * validate every item with its type plug-in, and answer all or nothing.
 */
public final class ItemImport {

    private final Map<ItemFormat, ItemReader> readers = new EnumMap<>(ItemFormat.class);

    public ItemImport(List<ItemReader> readers) {
        readers.forEach(r -> this.readers.put(r.format(), r));
    }

    public ImportResult run(ItemFormat format, byte[] file, ImportProgressListener progress) {
        return run(format, file, null, progress);
    }

    /** @param answerKey a separate answer key file (Word banks only), or null */
    public ImportResult run(ItemFormat format, byte[] file, AnswerKeyFile answerKey, ImportProgressListener progress) {
        return validated(reader(format).read(file, answerKey, progress == null ? ImportProgressListener.NONE : progress));
    }

    private ItemReader reader(ItemFormat format) {
        ItemReader reader = readers.get(format);
        if (reader == null) {
            throw new IllegalArgumentException("no reader for " + format);
        }
        return reader;
    }

    /**
     * The explicit alternative to all or nothing: the items read whole that pass their type's
     * checks, and every other problem listed. Readers give the items they read whole with
     * {@link ImportResult#partial}; one that does not gives none on a rejection.
     */
    /** What the reader made of the file, before any type check (for a preview). */
    public ImportResult read(ItemFormat format, byte[] file) {
        return read(format, file, null);
    }

    /** @param answerKey a separate answer key file (Word banks only), or null */
    public ImportResult read(ItemFormat format, byte[] file, AnswerKeyFile answerKey) {
        return reader(format).read(file, answerKey, ImportProgressListener.NONE);
    }

    public PartialImport runValidOnly(ItemFormat format, byte[] file, ImportProgressListener progress) {
        return runValidOnly(format, file, null, progress);
    }

    /** @param answerKey a separate answer key file (Word banks only), or null */
    public PartialImport runValidOnly(ItemFormat format, byte[] file, AnswerKeyFile answerKey,
                                      ImportProgressListener progress) {
        return validOnly(reader(format).read(file, answerKey, progress == null ? ImportProgressListener.NONE : progress));
    }

    public static PartialImport validOnly(ImportResult read) {
        List<ImportMessage> problems = new ArrayList<>(read.problems());
        List<ImportedItem> valid = new ArrayList<>();
        for (ImportedItem item : read.readable()) {
            List<String> own = ItemTypes.validate(item.content());
            if (!own.isEmpty()) {
                String name = item.content().name().isEmpty() ? "" : " \"" + item.content().name() + "\"";
                own.forEach(p -> problems.add(ImportMessage.atLine(item.line(), item.content().type() + name + ": " + p)));
            } else {
                valid.add(item);
            }
        }
        // a reader may already have listed the type checks' problems of the items it read (all of them, by line)
        List<ImportMessage> distinct = List.copyOf(new java.util.LinkedHashSet<>(problems));
        problems.clear();
        problems.addAll(distinct);
        int skipped = (int) problems.stream().map(p -> p.line() + "|" + p.path()).distinct().count();
        ImportResult accepted = new ImportResult(valid, read.chapters(), read.warnings(), List.of(), read.subject(),
                read.grade());
        return new PartialImport(accepted, problems, skipped);
    }

    /**
     * Applies the type plug-ins' checks to what a reader produced, all or nothing. {@link #run} does
     * this; readers with extra entry points (a QTI test on disk) use it directly.
     */
    /**
     * A reader's problems together with the type plug-ins' problems of the items it did read, by line:
     * a file with two bad questions reports both, whichever stage found each (issue 17, point 12).
     */
    public static List<ImportMessage> withItemProblems(List<ImportMessage> readerProblems, List<ImportedItem> readItems) {
        List<ImportMessage> all = new ArrayList<>(readerProblems);
        for (ImportedItem item : readItems) {
            for (String problem : ItemTypes.validate(item.content())) {
                String name = item.content().name().isEmpty() ? "" : " \"" + item.content().name() + "\"";
                all.add(ImportMessage.atLine(item.line(), item.content().type() + name + ": " + problem));
            }
        }
        all.sort(java.util.Comparator.comparingInt(ImportMessage::line));
        return all;
    }

    public static ImportResult validated(ImportResult read) {
        if (!read.accepted()) {
            return read;
        }
        List<ImportMessage> problems = new ArrayList<>();
        for (ImportedItem item : read.items()) {
            for (String problem : ItemTypes.validate(item.content())) {
                String name = item.content().name().isEmpty() ? "" : " \"" + item.content().name() + "\"";
                problems.add(ImportMessage.atLine(item.line(), item.content().type() + name + ": " + problem));
            }
        }
        if (!problems.isEmpty()) {
            return ImportResult.rejected(problems, read.warnings());
        }
        if (read.items().isEmpty()) {
            // An empty test or category is a legal file; say so rather than fail.
            List<ImportMessage> warnings = new ArrayList<>(read.warnings());
            warnings.add(ImportMessage.atLine(0, "the file holds no questions"));
            return new ImportResult(read.items(), read.chapters(), warnings, List.of(), read.subject(), read.grade());
        }
        return read;
    }
}

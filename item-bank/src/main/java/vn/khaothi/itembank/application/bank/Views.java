package vn.khaothi.itembank.application.bank;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** What the bank's services answer: plain records, ready to be written as JSON. */
public final class Views {

    private Views() {
    }

    /** One row of a search (the stem without markup, cut for lists). */
    public record ItemSummary(long id, String type, String level, String chapter, String chapterTitle, String stem,
                              BigDecimal points, String status, String subject, int grade, String name, int version,
                              int exposureCount) {
    }

    public record SearchPage(long total, int page, int size, List<ItemSummary> items) {
    }

    public record Node(long id, String code, String title, int position) {
    }

    /** An item with its current (or a pinned) version's content, in the stored JSON shape. */
    public record ItemDetail(long id, String subject, int grade, Node chapter, Node lesson, String type, String level,
                             String status, BigDecimal points, int version, int currentVersion, String author,
                             int exposureCount, LocalDateTime createdAt, LocalDateTime updatedAt, List<String> tags,
                             List<Long> enemies, List<String> nextStatuses, JsonObject content,
                             vn.khaothi.itembank.domain.statistics.ItemStatistics statistics) {
    }

    public record VersionInfo(int version, String level, String createdBy, LocalDateTime createdAt, String note) {
    }

    public record TransitionInfo(String from, String to, String actor, LocalDateTime at, String note) {
    }

    public record TransitionResult(long id, String status, List<String> nextStatuses) {
    }

    /** An import warning or problem; {@code code} and {@code params} let the page say it in its language (issue 17). */
    public record Message(int line, String element, String message, String code, Map<String, String> params) {

        public Message(int line, String element, String message) {
            this(line, element, message, vn.khaothi.itembank.application.Problems.code(message),
                    vn.khaothi.itembank.application.Problems.params(message));
        }
    }

    /**
     * What an import stored. {@code skipped} and {@code problems} are for a valid-only import
     * ({@code mode=valid-only}): the places left out and why; 0 and empty otherwise.
     */
    public record ImportReport(int imported, List<Long> itemIds, List<Message> warnings, List<String> chapters,
                               int skipped, List<Message> problems) {

        public ImportReport(int imported, List<Long> itemIds, List<Message> warnings, List<String> chapters) {
            this(imported, itemIds, warnings, chapters, 0, List.of());
        }
    }

    /** One option (or statement) of a previewed question. */
    public record PreviewOption(String label, String text, boolean correct) {
    }

    /**
     * One question as an import would store it: its line, name, type, stem (without markup, cut),
     * options or statements, key in words, and the warnings about it.
     */
    public record PreviewQuestion(int line, String name, String type, String stem, List<PreviewOption> options,
                                  String key, List<Message> warnings) {
    }

    /**
     * What an import of a file would do, without storing anything: the questions that would be
     * stored ({@code valid}), the problems that would be left out valid-only or stop an
     * all-or-nothing import ({@code skipped} places), and the warnings about the whole file.
     */
    public record ImportPreview(String format, int valid, int skipped, boolean acceptedWhole, List<PreviewQuestion> questions,
                                List<Message> problems, List<Message> warnings) {
    }

    /** A chapter of the curriculum tree with its lessons and how many items it holds. */
    public record Chapter(long id, String code, String title, int position, long items, List<Node> lessons) {
    }

    public record Tree(String subject, int grade, List<Chapter> chapters) {
    }

    public record Subject(String code, String nameVi, String nameEn) {
    }

    /** A written export: the file, its media type and extension, and what the format could not carry. */
    public record Export(byte[] file, String mediaType, String fileName, List<String> warnings) {
    }
}

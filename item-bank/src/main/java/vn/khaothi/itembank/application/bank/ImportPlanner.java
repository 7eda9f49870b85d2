package vn.khaothi.itembank.application.bank;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.khaothi.itembank.application.importing.ImportMessage;
import vn.khaothi.itembank.application.importing.ImportResult;
import vn.khaothi.itembank.application.importing.ImportedChapter;
import vn.khaothi.itembank.application.importing.ImportedItem;
import vn.khaothi.itembank.domain.item.CognitiveLevel;
import vn.khaothi.itembank.domain.item.LevelScheme;
import vn.khaothi.itembank.infrastructure.jpa.CurriculumNode;
import vn.khaothi.itembank.infrastructure.jpa.JpaItemStore;
import vn.khaothi.itembank.domain.curriculum.CurriculumCode;

/**
 * Files an accepted import into the curriculum tree, checking everything first so that a problem
 * stores nothing: the subject and grade, the level of every item (against the grade's scheme), and
 * a chapter for every item. A top-level category of the file is a chapter (matched by code, else
 * created); a nested one is a lesson of its top-level chapter.
 */
final class ImportPlanner {

    record Plan(String subject, int grade, List<JpaItemStore.NewItem> items, List<String> chapters,
                List<ImportMessage> warnings) {
    }

    private final JpaItemStore store;

    ImportPlanner(JpaItemStore store) {
        this.store = store;
    }

    /** The items to write, or {@link ImportRejectedException} with every problem. */
    Plan plan(ImportResult read, ImportTarget target, boolean subjectKnown) {
        List<ImportMessage> problems = new ArrayList<>();
        List<ImportMessage> warnings = new ArrayList<>(read.warnings());
        String subject = target.subject() != null ? target.subject() : read.subject().isEmpty() ? null : read.subject();
        Integer grade = target.grade() != null ? target.grade() : read.grade() > 0 ? read.grade() : null;
        if (target.subject() != null && !read.subject().isEmpty() && !read.subject().equalsIgnoreCase(target.subject())) {
            problems.add(new ImportMessage(0, "subject", "the file is for subject " + read.subject()
                    + ", the request for " + target.subject()));
        }
        if (target.grade() != null && read.grade() > 0 && read.grade() != target.grade()) {
            problems.add(new ImportMessage(0, "grade", "the file is for grade " + read.grade()
                    + ", the request for grade " + target.grade()));
        }
        if (subject == null || grade == null) {
            throw BankException.invalid("Say which subject and grade the items are for (subject=, grade=)");
        }
        if (grade < 1 || grade > 12) {
            throw BankException.invalid("grade must be 1–12");
        }
        if (!subjectKnown) {
            throw new BankException(BankException.Kind.UNPROCESSABLE, "UNKNOWN_SUBJECT", "There is no subject " + subject);
        }
        LevelScheme scheme = LevelScheme.forGrade(grade);
        if (target.level() != null && !scheme.allows(target.level())) {
            throw BankException.invalid("level " + target.level() + " is not used in grade " + grade + " (use "
                    + scheme.levels() + ")");
        }
        CognitiveLevel defaultLevel = target.level() != null ? target.level() : scheme.levels().get(0);

        Map<String, ImportedChapter> fileChapters = new LinkedHashMap<>();
        read.chapters().forEach(c -> fileChapters.put(c.key(), c));
        boolean needsRequestChapter = read.items().stream().anyMatch(i -> i.chapterKey().isEmpty());
        if (needsRequestChapter && target.chapter() == null) {
            read.items().stream().filter(i -> i.chapterKey().isEmpty()).limit(20).forEach(i ->
                    problems.add(ImportMessage.atLine(i.line(), "the item has no chapter: give chapter= in the request "
                            + "or a category in the file")));
        }
        // Codes the import would create: a category path like "../../x" is refused with its line.
        if (target.chapter() != null) {
            CurriculumCode.problem(target.chapter()).ifPresent(p -> problems.add(new ImportMessage(0, "chapter", p)));
        }
        for (ImportedItem item : read.items()) {
            if (!item.chapterKey().isEmpty()) {
                CurriculumCode.problem(item.chapterKey()).ifPresent(p -> problems.add(ImportMessage.atLine(item.line(), p)));
            }
        }
        boolean levelAssumed = false;
        for (ImportedItem item : read.items()) {
            if (item.level() != null && !scheme.allows(item.level())) {
                problems.add(ImportMessage.atLine(item.line(), "level " + item.level() + " is not used in grade " + grade));
            }
            levelAssumed |= item.level() == null;
        }
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems, warnings);
        }
        if (levelAssumed && target.level() == null) {
            warnings.add(ImportMessage.atLine(0, "items without a level were filed as " + defaultLevel));
        }

        Map<String, CurriculumNode[]> placeByKey = new HashMap<>();
        List<String> touched = new ArrayList<>();
        List<JpaItemStore.NewItem> items = new ArrayList<>(read.items().size());
        for (ImportedItem item : read.items()) {
            String key = item.chapterKey().isEmpty() ? "" : item.chapterKey();
            CurriculumNode[] place = placeByKey.computeIfAbsent(key, k -> place(subject, grade, k, fileChapters,
                    target.chapter(), touched));
            items.add(new JpaItemStore.NewItem(subject, grade, place[0], place[1],
                    item.level() != null ? item.level() : defaultLevel, item.content()));
        }
        return new Plan(subject, grade, items, touched, warnings);
    }

    /** [chapter, lesson or null] for a file's chapter key ("" = the request's chapter). */
    private CurriculumNode[] place(String subject, int grade, String key, Map<String, ImportedChapter> fileChapters,
                                   String requestChapter, List<String> touched) {
        if (key.isEmpty() || !fileChapters.containsKey(key)) {
            String code = key.isEmpty() ? requestChapter : key;
            return new CurriculumNode[] {chapter(subject, grade, code, code, touched), null};
        }
        ImportedChapter c = fileChapters.get(key);
        ImportedChapter top = c;
        while (!top.parentKey().isEmpty() && fileChapters.containsKey(top.parentKey())) {
            top = fileChapters.get(top.parentKey());
        }
        CurriculumNode chapter = chapter(subject, grade, top.key(), title(top), touched);
        if (top == c) {
            return new CurriculumNode[] {chapter, null};
        }
        // Our own exports write a lesson as $course$/top/<chapter>/<lesson>: the lesson keeps its code
        // when that code is free or already a lesson of this chapter; otherwise the whole path is the code.
        String last = c.key().substring(c.key().lastIndexOf('/') + 1);
        java.util.Optional<CurriculumNode> sameCode = last.isEmpty() ? java.util.Optional.empty() : store.node(subject, grade, last);
        boolean own = sameCode.map(n -> chapter.id().equals(n.parentId())).orElse(false);
        String lessonCode = cut(own || (sameCode.isEmpty() && c.key().equals(top.key() + "/" + last)) ? last : c.key(), 200);
        CurriculumNode lesson = store.node(subject, grade, lessonCode)
                .orElseGet(() -> store.addNode(subject, grade, chapter, lessonCode, cut(title(c), 500)));
        return new CurriculumNode[] {chapter, lesson};
    }

    private CurriculumNode chapter(String subject, int grade, String code, String title, List<String> touched) {
        String c = cut(code, 200);
        // A $CATEGORY naming an existing chapter by its title ("Căn bậc hai", "C1. Căn bậc hai") is that
        // chapter, not a second one beside it (issue 17, point 12); only an unknown name makes a new chapter.
        java.util.Optional<CurriculumNode> existing = store.node(subject, grade, c).or(() -> byTitle(subject, grade, code, title));
        String used = existing.map(CurriculumNode::code).orElse(c);
        if (!touched.contains(used)) {
            touched.add(used);
        }
        return existing.orElseGet(() -> store.addNode(subject, grade, null, c, cut(title, 500)));
    }

    /** The top-level chapter whose title (or "code. title") is the name given, ignoring case and diacritics. */
    private java.util.Optional<CurriculumNode> byTitle(String subject, int grade, String code, String title) {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (String n : new String[] {code, title}) {
            if (n != null && !n.isBlank()) {
                names.add(sameName(n));
            }
        }
        List<CurriculumNode> matches = store.nodes(subject, grade).stream().filter(n -> n.parentId() == null)
                .filter(n -> names.contains(sameName(n.title())) || names.contains(sameName(n.code() + ". " + n.title()))
                        || names.contains(sameName(n.code() + " " + n.title())))
                .toList();
        return matches.size() == 1 ? java.util.Optional.of(matches.get(0)) : java.util.Optional.empty();
    }

    private static String sameName(String text) {
        return vn.khaothi.itembank.infrastructure.jpa.SearchKey.of(text).toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[\\s.:;,–-]+", " ").strip();
    }

    private static String title(ImportedChapter c) {
        return c.title().isBlank() ? c.key() : c.title();
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}

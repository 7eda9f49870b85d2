package vn.khaothi.itembank.application.bank;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import vn.khaothi.itembank.application.exporting.ExportItem;
import vn.khaothi.itembank.application.exporting.ExportResult;
import vn.khaothi.itembank.application.importing.AnswerKeyFile;
import vn.khaothi.itembank.application.importing.ImportMessage;
import vn.khaothi.itembank.application.importing.ImportProgressListener;
import vn.khaothi.itembank.application.importing.ImportResult;
import vn.khaothi.itembank.application.importing.ItemFormat;
import vn.khaothi.itembank.application.importing.PartialImport;
import vn.khaothi.itembank.domain.item.ItemContent;
import vn.khaothi.itembank.domain.item.LevelScheme;
import vn.khaothi.itembank.domain.item.json.ItemContentJson;
import vn.khaothi.itembank.domain.school.StaffDirectory;
import vn.khaothi.itembank.domain.itemtype.ItemTypes;
import vn.khaothi.itembank.domain.workflow.Actor;
import vn.khaothi.itembank.domain.workflow.ApprovalStatus;
import vn.khaothi.itembank.domain.workflow.ApprovalWorkflow;
import vn.khaothi.itembank.domain.workflow.Role;
import vn.khaothi.itembank.infrastructure.format.Formats;
import vn.khaothi.itembank.infrastructure.jpa.BankItem;
import vn.khaothi.itembank.infrastructure.jpa.CurriculumNode;
import vn.khaothi.itembank.infrastructure.jpa.EnemyPair;
import vn.khaothi.itembank.infrastructure.jpa.ItemSearchSql;
import vn.khaothi.itembank.infrastructure.jpa.ItemTransition;
import vn.khaothi.itembank.infrastructure.jpa.ItemVersion;
import vn.khaothi.itembank.infrastructure.jpa.JpaItemStore;
import vn.khaothi.itembank.domain.curriculum.CurriculumCode;

/**
 * The item bank as the application uses it (ngân hàng câu hỏi): import all or nothing, search,
 * read, write new versions, move items through approval, export. Thin: the formats, the type
 * checks and the approval rules are the library's; this class stores and finds.
 */
@ApplicationScoped
public class ItemBank {

    private static final Logger LOG = Logger.getLogger(ItemBank.class.getName());

    @PersistenceContext(unitName = "khaothi")
    EntityManager em;

    /** Approval moves, for the bell notifications (absent outside a container). */
    @jakarta.inject.Inject
    jakarta.enterprise.event.Event<MaterialsMoved> moves;

    /** The school's staff and subjects, asked of the engine that owns them. */
    @jakarta.inject.Inject
    StaffDirectory staff;

    /** The person behind a request, with the subjects they teach or head (from the school's records). */
    @Transactional
    public Actor actor(String username, Set<String> roleNames) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String r : roleNames) {
            Arrays.stream(Role.values()).filter(x -> x.name().equals(r)).forEach(roles::add);
        }
        boolean delegated = roles.contains(Role.DEPUTY_PRINCIPAL)
                && staff.holdsMaterialsDelegation(username, java.time.Instant.now());
        return new Actor(username, roles, staff.subjectsOf(username), delegated);
    }

    /**
     * Reads the file and stores every item as a DRAFT, or stores nothing and throws
     * {@link ImportRejectedException} listing every problem with its line.
     */
    @Transactional
    public Views.ImportReport importFile(Actor actor, ItemFormat format, byte[] file, ImportTarget target,
                                         ImportProgressListener progress) {
        return importFile(actor, format, file, target, progress, false);
    }

    /**
     * With {@code validOnly}, the explicit alternative to all or nothing: stores the items that
     * pass every check and lists the rest as problems (with line and element) in the report;
     * throws {@link ImportRejectedException} only when no item at all can be stored.
     */
    @Transactional
    public Views.ImportReport importFile(Actor actor, ItemFormat format, byte[] file, ImportTarget target,
                                         ImportProgressListener progress, boolean validOnly) {
        return importFile(actor, format, file, null, target, progress, validOnly);
    }

    /**
     * With {@code answerKey}, a Word bank whose answers are (also) in a second file: its answers
     * complete the bank's, and a disagreement between the two is a problem (docs/item-formats.md).
     */
    @Transactional
    public Views.ImportReport importFile(Actor actor, ItemFormat format, byte[] file,
                                         AnswerKeyFile answerKey,
                                         ImportTarget target, ImportProgressListener progress, boolean validOnly) {
        if (!validOnly) {
            ImportResult read = Formats.importer().run(format, file, answerKey, progress);
            if (!read.accepted()) {
                throw new ImportRejectedException(read.problems(), read.warnings());
            }
            return store(read, target, actor, ApprovalStatus.DRAFT, "imported from " + format.code(), true);
        }
        PartialImport partial = Formats.importer().runValidOnly(format, file, answerKey, progress);
        if (partial.valid().items().isEmpty() && !partial.problems().isEmpty()) {
            throw new ImportRejectedException(partial.problems(), partial.valid().warnings());
        }
        Views.ImportReport stored = store(partial.valid(), target, actor, ApprovalStatus.DRAFT,
                "imported from " + format.code() + " (valid items only)", true);
        return new Views.ImportReport(stored.imported(), stored.itemIds(), stored.warnings(), stored.chapters(),
                partial.skipped(), messages(partial.problems()));
    }

    /** What {@link #importFile} would store, question by question, without storing anything. */
    public Views.ImportPreview preview(ItemFormat format, byte[] file) {
        return preview(format, file, null);
    }

    /** The preview of a Word bank with its answer key in a second file (null: none). */
    public Views.ImportPreview preview(ItemFormat format, byte[] file,
                                       AnswerKeyFile answerKey) {
        ImportResult read = Formats.importer().read(format, file, answerKey);
        return ImportPreviews.of(format.code(), read);
    }

    /** Stores an accepted import; {@code checkAuthor} is false only for the demo bank. */
    Views.ImportReport store(ImportResult read, ImportTarget target, Actor actor, ApprovalStatus status, String note,
                             boolean checkAuthor) {
        JpaItemStore store = new JpaItemStore(em);
        String subject = target.subject() != null ? target.subject() : read.subject();
        boolean known = subject != null && !subject.isEmpty() && staff.subjectExists(subject);
        if (checkAuthor && known && !mayWrite(actor, subject)) {
            throw BankException.forbidden(actor.username() + " does not teach " + subject + " and may not add items to it");
        }
        ImportPlanner.Plan plan = new ImportPlanner(store).plan(read, target, known);
        List<Long> ids = store.addItems(plan.items(), status, actor.username(), note);
        LOG.info(() -> actor.username() + " imported " + ids.size() + " item(s) into " + plan.subject() + " grade "
                + plan.grade());
        return new Views.ImportReport(ids.size(), ids, messages(plan.warnings()), plan.chapters());
    }

    static List<Views.Message> messages(List<ImportMessage> list) {
        return list.stream().map(m -> new Views.Message(m.line(), m.path(), m.message())).toList();
    }

    private static boolean mayWrite(Actor actor, String subject) {
        return actor.teaches(subject) || actor.has(Role.ADMIN);
    }

    @Transactional
    public Views.SearchPage search(ItemQuery query) {
        ItemSearchSql sql = ItemSearchSql.of(query);
        Number total = (Number) bind(em.createNativeQuery(ItemSearchSql.numbered(sql.countSql())), sql.countParams())
                .getSingleResult();
        List<Views.ItemSummary> items = new ArrayList<>();
        if (total.longValue() > (long) query.page() * query.size()) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = bind(em.createNativeQuery(ItemSearchSql.numbered(sql.pageSql())), sql.pageParams(query))
                    .getResultList();
            for (Object[] r : rows) {
                items.add(new Views.ItemSummary(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                        (String) r[4], (String) r[5], vn.khaothi.itembank.domain.item.Fractions.normalise((BigDecimal) r[6]), (String) r[7],
                        (String) r[8], ((Number) r[9]).intValue(), (String) r[10], ((Number) r[11]).intValue(),
                        ((Number) r[12]).intValue()));
            }
        }
        return new Views.SearchPage(total.longValue(), query.page(), query.size(), items);
    }

    private static Query bind(Query q, List<Object> params) {
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
        return q;
    }

    /** The item with its current version, or with {@code version} when given (a pinned version). */
    @Transactional
    public Views.ItemDetail item(long id, Integer version) {
        JpaItemStore store = new JpaItemStore(em);
        BankItem item = store.item(id).orElseThrow(() -> BankException.notFound("Item " + id));
        int no = version == null ? item.currentVersion() : version;
        ItemVersion v = store.version(id, no).orElseThrow(() -> BankException.notFound("Version " + no + " of item " + id));
        ItemContent content = v.content();
        return new Views.ItemDetail(id, item.subjectCode(), item.grade(), node(store, item.chapterId()),
                node(store, item.lessonId()), content.type().name(), v.level().name(), item.status().name(),
                vn.khaothi.itembank.domain.item.Fractions.normalise(content.defaultPoints()), no, item.currentVersion(), item.author(), item.exposureCount(),
                item.createdAt(), item.updatedAt(), content.tags(), store.enemiesOf(id), next(item.status()),
                ItemContentJson.toJson(content),
                // What this version did in the sittings that used it (issue 15); absent before any.
                vn.khaothi.itembank.application.statistics.BankStatistics.of(em, java.util.List.of(v.id())).get(v.id()));
    }

    private static Views.Node node(JpaItemStore store, Long id) {
        return store.nodeById(id).map(n -> new Views.Node(n.id(), n.code(), n.title(), n.position())).orElse(null);
    }

    /** The item as {@link #item(long, Integer)}, its next steps only those {@code actor} may take (issue 17, point 12). */
    @Transactional
    public Views.ItemDetail item(Actor actor, long id, Integer version) {
        Views.ItemDetail d = item(id, version);
        BankItem item = new JpaItemStore(em).item(id).orElseThrow();
        ApprovalWorkflow.ItemFacts facts = new ApprovalWorkflow.ItemFacts(item.author(), item.subjectCode(),
                staff.headsSubject(item.author(), item.subjectCode()));
        List<String> mine = ApprovalWorkflow.nextFrom(item.status()).stream()
                .filter(to -> ApprovalWorkflow.may(item.status(), to, actor, facts)).map(Enum::name).toList();
        return new Views.ItemDetail(d.id(), d.subject(), d.grade(), d.chapter(), d.lesson(), d.type(), d.level(), d.status(),
                d.points(), d.version(), d.currentVersion(), d.author(), d.exposureCount(), d.createdAt(), d.updatedAt(),
                d.tags(), d.enemies(), mine, d.content(), d.statistics());
    }

    private static List<String> next(ApprovalStatus status) {
        return ApprovalWorkflow.nextFrom(status).stream().map(Enum::name).toList();
    }

    @Transactional
    public List<Views.VersionInfo> versions(long id) {
        JpaItemStore store = new JpaItemStore(em);
        store.item(id).orElseThrow(() -> BankException.notFound("Item " + id));
        return store.versions(id).stream().map(v -> new Views.VersionInfo(v.versionNo(), v.level().name(), v.createdBy(),
                v.createdAt(), v.note())).toList();
    }

    @Transactional
    public List<Views.TransitionInfo> history(long id) {
        JpaItemStore store = new JpaItemStore(em);
        store.item(id).orElseThrow(() -> BankException.notFound("Item " + id));
        return store.history(id).stream().map(t -> new Views.TransitionInfo(t.from() == null ? null : t.from().name(),
                t.to().name(), t.actor(), t.at(), t.note())).toList();
    }

    /**
     * One approval step, checked by {@link ApprovalWorkflow} and recorded with its note.
     *
     * @throws vn.khaothi.itembank.domain.workflow.TransitionNotAllowedException not a step from the current status (409)
     * @throws vn.khaothi.itembank.domain.workflow.RoleNotAllowedException       the actor may not take it (403)
     */
    @Transactional
    public Views.TransitionResult transition(Actor actor, long id, ApprovalStatus to, String note) {
        BankItem item = new JpaItemStore(em).item(id).orElseThrow(() -> BankException.notFound("Item " + id));
        ApprovalStatus from = item.status();
        boolean authorHeads = staff.headsSubject(item.author(), item.subjectCode());
        ApprovalStatus next = ApprovalWorkflow.transition(from, to, actor,
                new ApprovalWorkflow.ItemFacts(item.author(), item.subjectCode(), authorHeads));
        var now = JpaItemStore.now();
        item.moveTo(next, now);
        em.persist(new ItemTransition(id, from, next, actor.username(), now, note));
        if (moves != null) {
            String stem = new JpaItemStore(em).version(id, item.currentVersion())
                    .map(v -> v.content().stem().text()).orElse("");
            moves.fire(new MaterialsMoved("ITEM", id, item.subjectCode(), item.grade(), from.name(), next.name(),
                    actor.username(), item.author(), authorHeads, stem.length() > 80 ? stem.substring(0, 79) + "…" : stem,
                    note));
        }
        return new Views.TransitionResult(id, next.name(), next(next));
    }

    /** A new DRAFT item, version 1. */
    @Transactional
    public Views.ItemDetail create(Actor actor, ItemDraft draft) {
        if (draft.subject() == null || draft.grade() == null || draft.chapter() == null || draft.level() == null
                || draft.content() == null) {
            throw BankException.invalid("subject, grade, chapter, level and content are required");
        }
        String subject = draft.subject().toUpperCase(java.util.Locale.ROOT);
        if (!staff.subjectExists(subject)) {
            throw new BankException(BankException.Kind.UNPROCESSABLE, "UNKNOWN_SUBJECT", "There is no subject " + subject);
        }
        if (!mayWrite(actor, subject)) {
            throw BankException.forbidden(actor.username() + " does not teach " + subject);
        }
        check(draft, draft.grade());
        JpaItemStore store = new JpaItemStore(em);
        CurriculumNode chapter = store.node(subject, draft.grade(), draft.chapter())
                .orElseGet(() -> store.addNode(subject, draft.grade(), null, checkCode(draft.chapter()), draft.chapter()));
        CurriculumNode lesson = lesson(store, subject, draft.grade(), chapter, draft.lesson());
        long id = store.addItems(List.of(new JpaItemStore.NewItem(subject, draft.grade(), chapter, lesson, draft.level(),
                draft.content())), ApprovalStatus.DRAFT, actor.username(), note(draft.note(), "created")).get(0);
        return item(id, null);
    }

    /** A new version of a DRAFT item (send it back to draft first when it is under review or in use). */
    @Transactional
    public Views.ItemDetail edit(Actor actor, long id, ItemDraft draft) {
        JpaItemStore store = new JpaItemStore(em);
        BankItem item = store.item(id).orElseThrow(() -> BankException.notFound("Item " + id));
        if (!mayWrite(actor, item.subjectCode())) {
            throw BankException.forbidden(actor.username() + " does not teach " + item.subjectCode());
        }
        if (item.status() != ApprovalStatus.DRAFT) {
            throw new BankException(BankException.Kind.CONFLICT, "NOT_DRAFT", "Only a DRAFT item can be edited; this one is "
                    + item.status() + " (send it back to DRAFT first)");
        }
        if (draft.content() == null || draft.level() == null) {
            throw BankException.invalid("level and content are required");
        }
        check(draft, item.grade());
        if (draft.chapter() != null) {
            CurriculumNode chapter = store.node(item.subjectCode(), item.grade(), draft.chapter())
                    .filter(CurriculumNode::isChapter)
                    .orElseThrow(() -> BankException.invalid("There is no chapter " + draft.chapter()));
            item.file(chapter, lesson(store, item.subjectCode(), item.grade(), chapter, draft.lesson()));
        }
        var now = JpaItemStore.now();
        MediaLibrary media = new MediaLibrary(em);
        ItemContent content = media.store(draft.content(), actor.username());
        item.describe(content, draft.level(), now);
        int no = item.nextVersion();
        ItemVersion version = new ItemVersion(id, no, draft.level(), content, actor.username(), now, note(draft.note(), "edited"));
        em.persist(version);
        em.flush();
        media.recordUse(version.id(), content);
        return item(id, null);
    }

    private static void check(ItemDraft draft, int grade) {
        if (!LevelScheme.forGrade(grade).allows(draft.level())) {
            throw BankException.invalid("level " + draft.level() + " is not used in grade " + grade);
        }
        List<String> problems = ItemTypes.validate(draft.content());
        if (!problems.isEmpty()) {
            throw new BankException(BankException.Kind.UNPROCESSABLE, "ITEM_INVALID", String.join("; ", problems));
        }
    }

    private static CurriculumNode lesson(JpaItemStore store, String subject, int grade, CurriculumNode chapter, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return store.node(subject, grade, code).filter(n -> chapter.id().equals(n.parentId()))
                .orElseGet(() -> store.addNode(subject, grade, chapter, checkCode(code), code));
    }

    /** Every chapter or lesson code a request would create passes {@link CurriculumCode} (400 otherwise). */
    private static String checkCode(String code) {
        CurriculumCode.problem(code).ifPresent(p -> {
            throw BankException.invalid(p);
        });
        return code;
    }

    private static String note(String note, String otherwise) {
        return note == null || note.isBlank() ? otherwise : note.strip();
    }

    /** Marks two items as enemies (never on the same paper). */
    @Transactional
    public List<Long> addEnemy(Actor actor, long id, long other) {
        JpaItemStore store = new JpaItemStore(em);
        BankItem a = store.item(id).orElseThrow(() -> BankException.notFound("Item " + id));
        store.item(other).orElseThrow(() -> BankException.notFound("Item " + other));
        if (!mayWrite(actor, a.subjectCode())) {
            throw BankException.forbidden(actor.username() + " does not teach " + a.subjectCode());
        }
        if (id == other) {
            throw BankException.invalid("an item cannot be its own enemy");
        }
        if (em.find(EnemyPair.class, new EnemyPair.Key(id, other)) == null) {
            em.persist(new EnemyPair(id, other));
            em.flush();
        }
        return store.enemiesOf(id);
    }

    /** Writes the items (current versions) in a format; chapters become categories/sections. */
    @Transactional
    public Views.Export export(List<Long> ids, ItemFormat format) {
        if (ids.isEmpty()) {
            throw BankException.invalid("Choose at least one item to export");
        }
        JpaItemStore store = new JpaItemStore(em);
        MediaLibrary media = new MediaLibrary(em);
        List<ExportItem> items = new ArrayList<>();
        for (long id : ids) {
            BankItem item = store.item(id).orElseThrow(() -> BankException.notFound("Item " + id));
            ItemVersion v = store.version(id, item.currentVersion()).orElseThrow();
            String chapter = store.nodeById(item.chapterId()).map(CurriculumNode::code).orElse("");
            String lesson = item.lessonId() == null ? "" : store.nodeById(item.lessonId()).map(CurriculumNode::code).orElse("");
            items.add(new ExportItem(chapter, media.inline(v.content()), lesson, id));
        }
        ExportResult written = Formats.writer(format).write(items);
        String name = ids.size() == 1 ? "item-" + ids.get(0) : "items-" + ids.size();
        return new Views.Export(written.file(), written.mediaType(), name + "." + written.extension(), written.warnings());
    }

    /** The curriculum tree of a subject and grade, chapters in order with their lessons and item counts. */
    @Transactional
    public Views.Tree tree(String subject, int grade) {
        String s = subject.toUpperCase(java.util.Locale.ROOT);
        List<CurriculumNode> nodes = new JpaItemStore(em).nodes(s, grade);
        @SuppressWarnings("unchecked")
        List<Object[]> counts = em.createNativeQuery(
                "SELECT chapter_id, COUNT(*) FROM bank_item WHERE subject_code = ?1 AND grade = ?2 GROUP BY chapter_id")
                .setParameter(1, s).setParameter(2, grade).getResultList();
        java.util.Map<Long, Long> byChapter = new java.util.HashMap<>();
        counts.forEach(r -> byChapter.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
        List<Views.Chapter> chapters = nodes.stream().filter(CurriculumNode::isChapter).map(c -> new Views.Chapter(c.id(),
                c.code(), c.title(), c.position(), byChapter.getOrDefault(c.id(), 0L), nodes.stream()
                        .filter(n -> c.id().equals(n.parentId()))
                        .map(n -> new Views.Node(n.id(), n.code(), n.title(), n.position())).toList())).toList();
        return new Views.Tree(s, grade, chapters);
    }

    /** Adds a chapter (or a lesson under {@code parentCode}) at the end of its siblings. */
    @Transactional
    public Views.Node addNode(Actor actor, String subject, int grade, String parentCode, String code, String title) {
        String s = subject.toUpperCase(java.util.Locale.ROOT);
        if (!mayWrite(actor, s)) {
            throw BankException.forbidden(actor.username() + " does not teach " + s);
        }
        checkCode(code);
        JpaItemStore store = new JpaItemStore(em);
        if (store.node(s, grade, code).isPresent()) {
            throw new BankException(BankException.Kind.CONFLICT, "DUPLICATE", "There is already a chapter or lesson " + code);
        }
        CurriculumNode parent = parentCode == null ? null : store.node(s, grade, parentCode).filter(CurriculumNode::isChapter)
                .orElseThrow(() -> BankException.invalid("There is no chapter " + parentCode));
        CurriculumNode n = store.addNode(s, grade, parent, code, title);
        return new Views.Node(n.id(), n.code(), n.title(), n.position());
    }

    /** The subjects of the school with the grades the bank holds items for. */
    @Transactional
    public List<Views.Subject> subjects() {
        return staff.schoolSubjects().stream().map(s -> new Views.Subject(s.code(), s.nameVi(), s.nameEn())).toList();
    }

    /** How many items the bank holds for a subject and grade. */
    @Transactional
    public long count(String subject, int grade) {
        return new JpaItemStore(em).count(subject, grade);
    }
}

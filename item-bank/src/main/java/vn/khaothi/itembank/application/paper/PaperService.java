package vn.khaothi.itembank.application.paper;

import static vn.khaothi.itembank.domain.json.Jsonp.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import vn.khaothi.itembank.application.assembly.AssemblyRequest;
import vn.khaothi.itembank.application.assembly.AssemblyResult;
import vn.khaothi.itembank.application.assembly.AssemblyWarning;
import vn.khaothi.itembank.application.assembly.PaperAssembler;
import vn.khaothi.itembank.application.assembly.PaperVersion;
import vn.khaothi.itembank.application.assembly.PlacedItem;
import vn.khaothi.itembank.application.bank.BankException;
import vn.khaothi.itembank.domain.blueprint.Blueprint;
import vn.khaothi.itembank.domain.blueprint.BlueprintCell;
import vn.khaothi.itembank.domain.item.ItemContent;
import vn.khaothi.itembank.domain.item.json.ItemContentJson;
import vn.khaothi.itembank.domain.school.StaffDirectory;
import vn.khaothi.itembank.domain.workflow.Actor;
import vn.khaothi.itembank.domain.workflow.PaperApproval;
import vn.khaothi.itembank.domain.workflow.Role;
import vn.khaothi.itembank.infrastructure.print.PrintableItem;
import vn.khaothi.itembank.infrastructure.print.PrintablePaper;
import vn.khaothi.itembank.infrastructure.print.VersionKey;

/**
 * Papers (đề kiểm tra): generated from a blueprint over the bank's PUBLISHED items, stored with every
 * version pinned to item versions, approved by the subject's department head and then the
 * principal. An approved paper never changes; a change is a new paper that {@code supersedes} it.
 * Also the {@link PaperCatalog} that sittings read.
 */
@ApplicationScoped
public class PaperService implements PaperCatalog {

    /** How many recent approved papers of the same subject and grade count as exposure. */
    static final int EXPOSURE_WINDOW = 5;

    /** Rejections need a reason the authors can act on. */
    private static final int NOTE_MAX = 1000;

    @PersistenceContext(unitName = "khaothi")
    EntityManager em;

    private final Clock clock = Clock.systemUTC();

    @jakarta.inject.Inject
    StaffDirectory staff;

    /** Approval moves, for the bell notifications (absent outside a container). */
    @jakarta.inject.Inject
    jakarta.enterprise.event.Event<vn.khaothi.itembank.application.bank.MaterialsMoved> moves;

    private void fire(PaperStore.PaperRow paper, String from, String to, String actor, String note) {
        if (moves != null) {
            moves.fire(new vn.khaothi.itembank.application.bank.MaterialsMoved("PAPER", paper.id(), paper.subject(),
                    paper.grade(), from, to, actor, paper.createdBy(),
                    staff.headsSubject(paper.createdBy(), paper.subject()), paper.title(), note));
        }
    }

    /** Generates and stores a DRAFT paper; throws BlueprintUnmetException (nothing stored) when the bank is short. */
    @Transactional
    public PaperView create(Actor actor, PaperRequest request) {
        if (!(actor.teaches(request.subjectCode()) || actor.has(Role.PRINCIPAL) || actor.has(Role.ADMIN))) {
            throw BankException.forbidden("Only teachers of " + request.subjectCode() + " may generate its papers");
        }
        Blueprint blueprint = blueprint(request);
        requireReplaceable(request);
        Set<String> chapters = request.cells().stream().map(BlueprintCell::chapter).collect(Collectors.toSet());
        BankCandidates bank = BankCandidates.load(em, request.subjectCode(), request.grade(), chapters, EXPOSURE_WINDOW);
        AssemblyResult result = new PaperAssembler().assemble(new AssemblyRequest(blueprint, bank.items,
                request.versionCodes(), request.mode(), request.exposure(), false, request.seed()));
        PaperStore store = new PaperStore(em);
        long paperId = store.insertPaper(request, "DRAFT", blueprint.totalPoints(), blueprintJson(request),
                result.difficultySpread(), result.warnings().stream().map(AssemblyWarning::toString).toList(),
                actor.username(), clock.instant());
        int ordinal = 0;
        for (PaperVersion version : result.versions()) {
            VersionKey key = VersionKey.of(version, bank.contents::get);
            store.insertVersion(paperId, ordinal++, version.code(), version.meanDifficulty(), version.items(),
                    key.cells().stream().map(VersionKey.Cell::key).toList());
        }
        store.paper(paperId).ifPresent(p -> fire(p, null, "DRAFT", actor.username(), null));
        return view(paperId);
    }

    /** A paper replaces an APPROVED paper of the same subject and grade, or nothing. */
    private void requireReplaceable(PaperRequest request) {
        if (request.supersedes() == null) {
            return;
        }
        PaperStore.PaperRow old = new PaperStore(em).paper(request.supersedes()).orElseThrow(() -> new BankException(
                BankException.Kind.UNPROCESSABLE, "SUPERSEDES_INVALID", "Paper " + request.supersedes() + " does not exist"));
        if (!"APPROVED".equals(old.status()) || !old.subject().equals(request.subjectCode()) || old.grade() != request.grade()) {
            throw new BankException(BankException.Kind.UNPROCESSABLE, "SUPERSEDES_INVALID", "A new paper replaces an APPROVED"
                    + " paper of the same subject and grade; paper " + old.id() + " is " + old.status() + ", "
                    + old.subject() + " " + old.grade());
        }
    }

    @Transactional
    public PaperView view(long id) {
        PaperStore store = new PaperStore(em);
        PaperStore.PaperRow paper = store.paper(id).orElseThrow(() -> BankException.notFound("Paper " + id));
        List<PaperStore.VersionRow> versions = store.versions(id);
        Map<Long, Object[]> pinned = pinned(store, versions);
        List<PaperView.Version> outVersions = new ArrayList<>();
        for (PaperStore.VersionRow v : versions) {
            List<PaperView.Item> items = new ArrayList<>();
            Map<String, String> key = new LinkedHashMap<>();
            for (int k = 0; k < v.items().size(); k++) {
                PlacedItem placed = v.items().get(k);
                Object[] pin = pinned.get(placed.versionId());
                ItemContent content = ItemContentJson.read((String) pin[2]);
                items.add(new PaperView.Item(placed.itemId(), ((Number) pin[1]).intValue(), placed.position(),
                        placed.part(), placed.points(), OptionIds.of(content, placed.optionOrder())));
                key.put(Integer.toString(placed.position()), v.keys().get(k));
            }
            outVersions.add(new PaperView.Version(v.code(), v.meanDifficulty(), items, key));
        }
        List<PaperView.Approval> approvals = store.approvals(id).stream().map(r -> new PaperView.Approval((String) r[0],
                toBoolean(r[1]), (String) r[2], (String) r[3], PaperStore.instant(r[4]))).toList();
        return new PaperView(paper.id(), paper.title(), paper.subject(), paper.grade(), paper.kind(), paper.status(),
                paper.mode(), paper.seed(), paper.durationMinutes(), paper.totalPoints(), paper.difficultySpread(),
                paper.warnings(), paper.supersedes(), paper.createdBy(), paper.createdAt(), outVersions, approvals);
    }

    /**
     * The approval steps: DRAFT → GROUP_APPROVED by a department head of the paper's subject, then
     * GROUP_APPROVED → APPROVED by the principal; a refusal at either step makes it REJECTED.
     * Someone who may take neither step gets 403; the right person at the wrong moment gets 409.
     */
    @Transactional
    public PaperView decide(Actor actor, long id, boolean approve, String note) {
        PaperStore store = new PaperStore(em);
        PaperStore.PaperRow paper = store.paper(id).orElseThrow(() -> BankException.notFound("Paper " + id));
        PaperApproval.PaperFacts facts = new PaperApproval.PaperFacts(paper.status(), paper.createdBy(), paper.subject(),
                staff.headsSubject(paper.createdBy(), paper.subject()));
        String text = note == null ? "" : note.strip();
        if (!approve && text.isEmpty()) {
            throw BankException.invalid("A rejection needs a note saying what to change");
        }
        if (text.length() > NOTE_MAX) {
            throw BankException.invalid("The note is longer than " + NOTE_MAX + " characters");
        }
        // Who may take which step, and four eyes (403 OWN_WORK), are the domain's table.
        PaperApproval.Step open = PaperApproval.step(facts, actor, approve).orElseThrow(() -> new BankException(
                BankException.Kind.CONFLICT, "CONFLICT", "The paper is " + paper.status()
                + ": that approval step is not open now (first the department head, then the principal)"));
        String step = open.name();
        String next = approve ? open.approvedStatus() : "REJECTED";
        if (!store.moveStatus(id, paper.status(), next)) {
            throw new BankException(BankException.Kind.CONFLICT, "CONFLICT", "The paper was decided meanwhile; reload it");
        }
        store.insertApproval(id, step, approve, text, actor.username(), clock.instant());
        if ("APPROVED".equals(next)) {
            store.countExposure(id);
        }
        fire(paper, paper.status(), next, actor.username(), text);
        return view(id);
    }

    @Override
    @Transactional
    public Optional<DeliverablePaper> paper(long paperId) {
        PaperStore store = new PaperStore(em);
        Optional<PaperStore.PaperRow> found = store.paper(paperId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        PaperStore.PaperRow paper = found.get();
        List<PaperStore.VersionRow> versions = store.versions(paperId);
        Map<Long, Object[]> pinned = pinned(store, versions);
        Map<Long, ItemContent> contents = new HashMap<>();
        List<DeliverableVersion> out = new ArrayList<>();
        for (PaperStore.VersionRow v : versions) {
            List<DeliverableItem> items = new ArrayList<>();
            for (PlacedItem placed : v.items()) {
                ItemContent content = contents.computeIfAbsent(placed.versionId(),
                        id -> ItemContentJson.read((String) pinned.get(id)[2]));
                items.add(new DeliverableItem(placed.position(), placed.itemId(), placed.versionId(), placed.points(),
                        OptionIds.of(content, placed.optionOrder()), content));
            }
            out.add(new DeliverableVersion(v.id(), v.code(), items));
        }
        return Optional.of(new DeliverablePaper(paper.id(), paper.title(), paper.subject(), paper.grade(), paper.kind(),
                paper.status(), paper.durationMinutes(), paper.totalPoints(), out));
    }

    /** The print form of one version (A4 PDF: header, items, page numbers, "HẾT"). */
    @Transactional
    public PrintablePaper printable(long paperId, String code) {
        PaperStore store = new PaperStore(em);
        PaperStore.PaperRow paper = store.paper(paperId).orElseThrow(() -> BankException.notFound("Paper " + paperId));
        PaperStore.VersionRow version = store.versions(paperId).stream().filter(v -> v.code().equals(code)).findFirst()
                .orElseThrow(() -> BankException.notFound("Version " + code + " of paper " + paperId));
        Map<Long, Object[]> pinned = pinned(store, List.of(version));
        vn.khaothi.itembank.application.bank.MediaLibrary media = new vn.khaothi.itembank.application.bank.MediaLibrary(em);
        List<PrintableItem> items = version.items().stream().map(placed -> PrintableItem.of(placed,
                media.inline(ItemContentJson.read((String) pinned.get(placed.versionId())[2])))).toList();
        String[] header = store.header(paper.subject());
        return new PrintablePaper("", header[0], header[1], Integer.toString(paper.grade()), kindLabel(paper.kind()),
                header[2] == null ? "" : header[2].replace("-", " – "), paper.durationMinutes(), code, items);
    }

    /** One cell of the bank's supply: PUBLISHED items of a chapter, level and type. */
    public record Supply(String chapter, String chapterTitle, int chapterPosition, String level, String type, int count) {
    }

    /** What the bank can supply per (chapter, level, type), for the blueprint editor's live counts. */
    @Transactional
    public List<Supply> availability(String subject, int grade) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT n.code, n.title, n.position, i.level, i.item_type, COUNT(*)"
                + " FROM bank_item i JOIN bank_curriculum_node n ON n.id = i.chapter_id"
                + " WHERE i.subject_code = ? AND i.grade = ? AND i.status = 'PUBLISHED'"
                + " GROUP BY n.code, n.title, n.position, i.level, i.item_type ORDER BY n.position, n.code")
                .setParameter(1, subject).setParameter(2, grade).getResultList();
        return rows.stream().map(r -> new Supply((String) r[0], (String) r[1], ((Number) r[2]).intValue(), (String) r[3],
                (String) r[4], ((Number) r[5]).intValue())).toList();
    }

    /** A paper in a list: no versions. */
    public record Summary(long id, String title, String kind, String status, int durationMinutes, int versions,
                          String createdBy, java.time.Instant createdAt) {
    }

    /** The latest papers of a subject and grade, newest first. */
    @Transactional
    public List<Summary> list(String subject, int grade) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT p.id, p.title, p.kind, p.status, p.duration_minutes,"
                + " (SELECT COUNT(*) FROM paper_version v WHERE v.paper_id = p.id), p.created_by, p.created_at"
                + " FROM paper p WHERE p.subject_code = ? AND p.grade = ? ORDER BY p.id DESC LIMIT 100")
                .setParameter(1, subject).setParameter(2, grade).getResultList();
        return rows.stream().map(r -> new Summary(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                ((Number) r[4]).intValue(), ((Number) r[5]).intValue(), (String) r[6], PaperStore.instant(r[7]))).toList();
    }

    /**
     * The online form of one version (đề trực tuyến): each item as a student receives it (type
     * fields in the version's order, never a key), plus its itemId and position — what a sitting
     * delivers, shown to the subject group for a side-by-side preview.
     */
    @Transactional
    public List<jakarta.json.JsonObject> onlineForm(long paperId, String code) {
        DeliverablePaper paper = paper(paperId).orElseThrow(() -> BankException.notFound("Paper " + paperId));
        DeliverableVersion version = paper.version(code)
                .orElseThrow(() -> BankException.notFound("Version " + code + " of paper " + paperId));
        return version.items().stream().map(i -> JSON.createObjectBuilder(
                        vn.khaothi.itembank.domain.itemtype.ItemTypes.of(i.content().type())
                                .renderForStudent(i.content(), i.optionOrder(), i.points()))
                .add("itemId", Long.toString(i.itemId())).add("position", i.position()).build()).toList();
    }

    private static Map<Long, Object[]> pinned(PaperStore store, List<PaperStore.VersionRow> versions) {
        List<Long> ids = new ArrayList<>(versions.stream().flatMap(v -> v.items().stream()).map(PlacedItem::versionId)
                .collect(Collectors.toCollection(TreeSet::new)));
        Map<Long, Object[]> out = new HashMap<>();
        store.pinnedVersions(ids).forEach(r -> out.put(((Number) r[0]).longValue(), r));
        return out;
    }

    private static Blueprint blueprint(PaperRequest request) {
        try {
            return Blueprint.fromCells(request.durationMinutes(), Blueprint.TEN_POINT_SCALE, request.cells());
        } catch (IllegalArgumentException e) {
            throw new BankException(BankException.Kind.UNPROCESSABLE, "BLUEPRINT_INVALID", e.getMessage());
        }
    }

    private static String blueprintJson(PaperRequest request) {
        JsonArrayBuilder cells = JSON.createArrayBuilder();
        for (BlueprintCell c : request.cells()) {
            cells.add(JSON.createObjectBuilder().add("chapter", c.chapter()).add("level", c.level())
                    .add("type", c.itemType()).add("count", c.count()).add("pointsEach", c.pointsEach())
                    .add("specification", c.specification()));
        }
        return JSON.createObjectBuilder().add("durationMinutes", request.durationMinutes()).add("cells", cells)
                .build().toString();
    }

    static String kindLabel(String kind) {
        return switch (kind) {
            case "MIDTERM" -> "Kiểm tra giữa kì";
            case "FINAL" -> "Kiểm tra cuối kì";
            case "MAKEUP" -> "Kiểm tra bù";
            case "RETEST" -> "Kiểm tra lại";
            default -> "Kiểm tra thường xuyên";
        };
    }

    private static boolean toBoolean(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
    }
}

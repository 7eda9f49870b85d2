package vn.khaothi.engine.application.paper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import vn.khaothi.engine.application.SchoolDirectory;
import vn.khaothi.engine.domain.paper.Paper;
import vn.khaothi.engine.domain.paper.PaperRepository;
import vn.khaothi.engine.domain.paper.PaperRepository.StoredPaper;
import vn.khaothi.engine.domain.paper.PaperRepository.StoredVersion;
import vn.khaothi.engine.domain.paper.PaperStatus;
import vn.khaothi.engine.infrastructure.print.PrintableItem;
import vn.khaothi.engine.infrastructure.print.PrintablePaper;
import vn.khaothi.engine.infrastructure.print.VersionKey;
import vn.khaothi.itembank.application.assembly.AssemblyRequest;
import vn.khaothi.itembank.application.assembly.AssemblyResult;
import vn.khaothi.itembank.application.assembly.AssemblyWarning;
import vn.khaothi.itembank.application.assembly.PaperAssembler;
import vn.khaothi.itembank.application.assembly.PaperVersion;
import vn.khaothi.itembank.application.assembly.PlacedItem;
import vn.khaothi.itembank.application.bank.BankCandidates;
import vn.khaothi.itembank.application.bank.BankException;
import vn.khaothi.itembank.application.bank.MaterialsMoved;
import vn.khaothi.itembank.application.bank.PaperSupply;
import vn.khaothi.itembank.domain.blueprint.Blueprint;
import vn.khaothi.itembank.domain.blueprint.BlueprintCell;
import vn.khaothi.itembank.domain.item.ItemContent;
import vn.khaothi.itembank.domain.school.StaffDirectory;
import vn.khaothi.itembank.domain.workflow.Actor;
import vn.khaothi.itembank.domain.workflow.Role;
import vn.khaothi.rules.Decision;
import vn.khaothi.rules.Regulations;
import vn.khaothi.rules.tt22.PeriodicDuration;

/**
 * Papers (đề kiểm tra): generated from a blueprint over the bank's PUBLISHED items, stored with every
 * version pinned to item versions, approved by the subject's department head and then the
 * principal ({@link Paper}: the steps and who takes them). An approved paper never changes; a change
 * is a new paper that {@code supersedes} it. Also the {@link PaperCatalog} that sittings read. The
 * bank's side (candidates, pinned item versions, exposure counts) is the item bank's
 * {@link PaperSupply}; the paper tables and the TT22 duration rule are asked here.
 */
@ApplicationScoped
public class PaperService implements PaperCatalog {

    /** How many recent approved papers of the same subject and grade count as exposure. */
    static final int EXPOSURE_WINDOW = 5;

    /** Rejections need a reason the authors can act on. */
    private static final int NOTE_MAX = 1000;

    @Inject
    PaperRepository papers;

    @Inject
    PaperSupply bank;

    @Inject
    SchoolDirectory school;

    private final Clock clock = Clock.systemUTC();

    @jakarta.inject.Inject
    StaffDirectory staff;

    /** The rules in force today (TT22 Art. 7 durations); the facade shares its knowledge bases. */
    private final Supplier<Regulations> regulations = Regulations::current;

    /** Approval moves, for the bell notifications (absent outside a container). */
    @Inject
    Event<MaterialsMoved> moves;

    private void fire(StoredPaper paper, String from, String to, String actor, String note) {
        if (moves != null) {
            moves.fire(new MaterialsMoved("PAPER", paper.id(), paper.subject(), paper.grade(), from, to, actor,
                    paper.createdBy(), headsSubject(paper), paper.title(), note));
        }
    }

    /** Whether the paper's maker heads its subject group (then the principal takes the group step). */
    private boolean headsSubject(StoredPaper paper) {
        return staff.headsSubject(paper.createdBy(), paper.subject());
    }

    /**
     * Generates and stores a DRAFT paper; throws BlueprintUnmetException (nothing stored) when the bank
     * is short, {@link DurationOutOfRange} when a periodic test lasts what TT22 Art. 7 does not allow.
     */
    @Transactional
    public PaperView create(Actor actor, PaperRequest request) {
        requireAllowedDuration(request.subjectCode(), request.grade(), request.kind(), request.durationMinutes());
        if (!(actor.teaches(request.subjectCode()) || actor.has(Role.PRINCIPAL) || actor.has(Role.ADMIN))) {
            throw BankException.forbidden("Only teachers of " + request.subjectCode() + " may generate its papers");
        }
        Blueprint blueprint = blueprint(request);
        requireReplaceable(request);
        Set<String> chapters = request.cells().stream().map(BlueprintCell::chapter).collect(Collectors.toSet());
        BankCandidates candidates = bank.candidates(request.subjectCode(), request.grade(), chapters,
                papers.recentExposure(request.subjectCode(), request.grade(), EXPOSURE_WINDOW));
        AssemblyResult result = new PaperAssembler().assemble(new AssemblyRequest(blueprint, candidates.items,
                request.versionCodes(), request.mode(), request.exposure(), false, request.seed()));
        long paperId = papers.insert(new PaperRepository.NewPaper(request.title(), request.subjectCode(), request.grade(),
                request.kind(), PaperStatus.DRAFT, request.mode().name(), request.seed(), request.durationMinutes(),
                blueprint.totalPoints(), request.cells(), result.difficultySpread(),
                result.warnings().stream().map(AssemblyWarning::toString).toList(), request.supersedes(),
                actor.username(), clock.instant()));
        int ordinal = 0;
        for (PaperVersion version : result.versions()) {
            VersionKey key = VersionKey.of(version, candidates.contents::get);
            papers.insertVersion(paperId, ordinal++, version.code(), version.meanDifficulty(), version.items(),
                    key.cells().stream().map(VersionKey.Cell::key).toList());
        }
        papers.byId(paperId).ifPresent(p -> fire(p, null, PaperStatus.DRAFT.name(), actor.username(), null));
        return view(paperId);
    }

    /** A paper replaces an APPROVED paper of the same subject and grade, or nothing. */
    private void requireReplaceable(PaperRequest request) {
        if (request.supersedes() == null) {
            return;
        }
        StoredPaper old = papers.byId(request.supersedes()).orElseThrow(() -> new BankException(
                BankException.Kind.UNPROCESSABLE, "SUPERSEDES_INVALID", "Paper " + request.supersedes() + " does not exist"));
        if (!PaperStatus.APPROVED.name().equals(old.status()) || !old.subject().equals(request.subjectCode()) || old.grade() != request.grade()) {
            throw new BankException(BankException.Kind.UNPROCESSABLE, "SUPERSEDES_INVALID", "A new paper replaces an APPROVED"
                    + " paper of the same subject and grade; paper " + old.id() + " is " + old.status() + ", "
                    + old.subject() + " " + old.grade());
        }
    }

    @Transactional
    public PaperView view(long id) {
        StoredPaper paper = papers.byId(id).orElseThrow(() -> BankException.notFound("Paper " + id));
        List<StoredVersion> versions = papers.versions(id);
        Map<Long, PaperSupply.PinnedVersion> pinned = pinned(versions);
        List<PaperView.Version> outVersions = new ArrayList<>();
        for (StoredVersion v : versions) {
            List<PaperView.Item> items = new ArrayList<>();
            Map<String, String> key = new LinkedHashMap<>();
            for (int k = 0; k < v.items().size(); k++) {
                PlacedItem placed = v.items().get(k);
                PaperSupply.PinnedVersion pin = pinned.get(placed.versionId());
                items.add(new PaperView.Item(placed.itemId(), pin.versionNo(), placed.position(),
                        placed.part(), placed.points(), OptionIds.of(pin.content(), placed.optionOrder())));
                key.put(Integer.toString(placed.position()), v.keys().get(k));
            }
            outVersions.add(new PaperView.Version(v.code(), v.meanDifficulty(), items, key));
        }
        List<PaperView.Approval> approvals = papers.approvals(id).stream().map(a -> new PaperView.Approval(a.step(),
                a.approved(), a.note(), a.decidedBy(), a.decidedAt())).toList();
        return new PaperView(paper.id(), paper.title(), paper.subject(), paper.grade(), paper.kind(), paper.status(),
                paper.mode(), paper.seed(), paper.durationMinutes(), paper.totalPoints(), paper.difficultySpread(),
                paper.warnings(), paper.supersedes(), paper.createdBy(), paper.createdAt(), outVersions, approvals);
    }

    /**
     * Approves or rejects at the step open now ({@link Paper}'s table: the department head of the
     * subject, then the principal; a refusal at either step makes it REJECTED). Someone who may take
     * neither step gets 403 (OWN_WORK for the maker approving); the right person at the wrong moment
     * gets 409. An approval that makes the paper APPROVED counts the exposure of its items.
     */
    @Transactional
    public PaperView decide(Actor actor, long id, boolean approve, String note) {
        StoredPaper row = papers.byId(id).orElseThrow(() -> BankException.notFound("Paper " + id));
        String text = note == null ? "" : note.strip();
        if (!approve && text.isEmpty()) {
            throw BankException.invalid("A rejection needs a note saying what to change");
        }
        if (text.length() > NOTE_MAX) {
            throw BankException.invalid("The note is longer than " + NOTE_MAX + " characters");
        }
        Paper paper = new Paper(row.id(), PaperStatus.valueOf(row.status()), row.createdBy(), row.subject(),
                headsSubject(row));
        Paper.Decision decision = paper.decide(actor, approve);
        if (!papers.moveStatus(id, decision.from(), decision.to())) {
            throw new BankException(BankException.Kind.CONFLICT, "CONFLICT", "The paper was decided meanwhile; reload it");
        }
        papers.insertApproval(id, decision.step(), approve, text, actor.username(), clock.instant());
        if (paper.usable()) {
            bank.countExposure(papers.itemIds(id));
        }
        fire(row, decision.from().name(), decision.to().name(), actor.username(), text);
        return view(id);
    }

    @Override
    @Transactional
    public Optional<DeliverablePaper> paper(long paperId) {
        Optional<StoredPaper> found = papers.byId(paperId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        StoredPaper paper = found.get();
        List<StoredVersion> versions = papers.versions(paperId);
        Map<Long, PaperSupply.PinnedVersion> pinned = pinned(versions);
        List<DeliverableVersion> out = new ArrayList<>();
        for (StoredVersion v : versions) {
            List<DeliverableItem> items = new ArrayList<>();
            for (PlacedItem placed : v.items()) {
                ItemContent content = pinned.get(placed.versionId()).content();
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
        StoredPaper paper = papers.byId(paperId).orElseThrow(() -> BankException.notFound("Paper " + paperId));
        StoredVersion version = papers.versions(paperId).stream().filter(v -> v.code().equals(code)).findFirst()
                .orElseThrow(() -> BankException.notFound("Version " + code + " of paper " + paperId));
        Map<Long, PaperSupply.PinnedVersion> pinned = pinned(List.of(version));
        List<PrintableItem> items = version.items().stream().map(placed -> PrintableItem.of(placed,
                bank.withMediaInlined(pinned.get(placed.versionId()).content()))).toList();
        PaperRepository.PrintHeader header = papers.header(paper.subject());
        return new PrintablePaper("", header.school(), header.subject(), Integer.toString(paper.grade()),
                kindLabel(paper.kind()), header.schoolYear() == null ? "" : header.schoolYear().replace("-", " – "),
                paper.durationMinutes(), code, items);
    }

    /**
     * The blueprint editor's live counts: PUBLISHED items per chapter, level and type, and the
     * allowed duration of a periodic test.
     *
     * @param periodicDuration the allowed range for MIDTERM/FINAL, or null when the subject has no periods at that grade
     */
    public record Availability(List<PaperSupply.Supply> cells, DurationRange periodicDuration) {
    }

    /** What TT22 Art. 7 allows a periodic test of a subject at a grade, with the rule's citations. */
    public record DurationRange(int minMinutes, int maxMinutes, List<String> citations) {
    }

    @Transactional
    public Availability availability(String subject, int grade) {
        return new Availability(bank.availability(subject, grade), periodicDuration(subject, grade));
    }

    /** Periodic tests (MIDTERM, FINAL) last what TT22 Art. 7 allows for the subject's periods a year; other kinds are free. */
    private void requireAllowedDuration(String subject, int grade, String kind, int minutes) {
        if (!"MIDTERM".equals(kind) && !"FINAL".equals(kind)) {
            return;
        }
        DurationRange range = periodicDuration(subject, grade);
        if (range != null && (minutes < range.minMinutes() || minutes > range.maxMinutes())) {
            throw new DurationOutOfRange(range.minMinutes(), range.maxMinutes(), range.citations());
        }
    }

    /** The TT22 Art. 7 range for the subject's periods a year at this grade, or null when it is not taught then. */
    DurationRange periodicDuration(String subject, int grade) {
        return school.subject(subject).flatMap(s -> s.offerings().stream().filter(o -> o.grade() == grade).findFirst())
                .map(o -> {
                    Decision<PeriodicDuration> d = regulations.get().periodicDuration(o.periodsPerYear(), false);
                    return new DurationRange(d.value().minMinutes(), d.value().maxMinutes(), d.citations());
                }).orElse(null);
    }

    /** A paper in a list: no versions. */
    public record Summary(long id, String title, String kind, String status, int durationMinutes, int versions,
                          String createdBy, java.time.Instant createdAt) {
    }

    /** The latest papers of a subject and grade, newest first. */
    @Transactional
    public List<Summary> list(String subject, int grade) {
        return papers.latest(subject, grade).stream().map(p -> new Summary(p.id(), p.title(), p.kind(), p.status(),
                p.durationMinutes(), p.versions(), p.createdBy(), p.createdAt())).toList();
    }

    /**
     * The online form of one version (đề trực tuyến): each item as a student receives it (type
     * fields in the version's order, never a key), plus its itemId and position — what a sitting
     * delivers, shown to the subject group for a side-by-side preview. The web layer renders each
     * item with its type's codec, as the sitting does.
     */
    @Transactional
    public DeliverableVersion onlineForm(long paperId, String code) {
        DeliverablePaper paper = paper(paperId).orElseThrow(() -> BankException.notFound("Paper " + paperId));
        return paper.version(code)
                .orElseThrow(() -> BankException.notFound("Version " + code + " of paper " + paperId));
    }

    private Map<Long, PaperSupply.PinnedVersion> pinned(List<StoredVersion> versions) {
        return bank.pinned(versions.stream().flatMap(v -> v.items().stream()).map(PlacedItem::versionId)
                .collect(Collectors.toSet()));
    }

    private static Blueprint blueprint(PaperRequest request) {
        try {
            return Blueprint.fromCells(request.durationMinutes(), Blueprint.TEN_POINT_SCALE, request.cells());
        } catch (IllegalArgumentException e) {
            throw new BankException(BankException.Kind.UNPROCESSABLE, "BLUEPRINT_INVALID", e.getMessage());
        }
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
}

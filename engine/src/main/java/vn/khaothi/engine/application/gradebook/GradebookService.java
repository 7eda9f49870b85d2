package vn.khaothi.engine.application.gradebook;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import vn.khaothi.engine.domain.gradebook.GradebookRefs.ClassRef;
import vn.khaothi.engine.domain.gradebook.GradebookRefs.StoredCell;
import vn.khaothi.engine.domain.gradebook.GradebookRefs.StudentRef;
import vn.khaothi.engine.domain.gradebook.GradebookRefs.SubjectRef;
import vn.khaothi.engine.application.gradebook.GradebookViews.HistoryLine;
import vn.khaothi.engine.application.gradebook.GradebookViews.Row;
import vn.khaothi.engine.application.gradebook.GradebookViews.Sheet;
import vn.khaothi.engine.application.gradebook.GradebookViews.Written;
import vn.khaothi.itembank.domain.workflow.Role;
import vn.khaothi.engine.domain.audit.AuditEvent;
import vn.khaothi.engine.domain.gradebook.CellChange;
import vn.khaothi.engine.domain.gradebook.CellValue;
import vn.khaothi.engine.domain.gradebook.EnteredScore;
import vn.khaothi.engine.domain.gradebook.GradebookRefusal;
import vn.khaothi.engine.domain.gradebook.GradebookRepository;
import vn.khaothi.engine.domain.gradebook.ScoreSource;
import vn.khaothi.itembank.domain.workflow.Actor;
import vn.khaothi.engine.domain.remote.DecisionAuthority;
import vn.khaothi.engine.domain.remote.Delegation;
import vn.khaothi.engine.infrastructure.database.LocalTransactions;
import vn.khaothi.engine.infrastructure.gradebook.JdbcGradebookStores;
import vn.khaothi.rules.Regulations;
import vn.khaothi.rules.SchoolYear;

/**
 * The gradebook (sổ điểm) of a class × subject × semester: reading with the rules' averages,
 * writing one cell or many (manual entry, imports, sittings, appeals, amendments), the lock.
 *
 * <p>Each call is one transaction ({@link GradebookRepository#atomically}; in the container JTA's,
 * joined when the caller already runs one): a cell and its audit entry (who, when, old → new,
 * reason, source) are committed together or not at all; the audit trail is the remote workflow's
 * hash chain. A stale write (the cell's version moved since the writer read it) is refused with
 * 409 STALE_WRITE naming who wrote meanwhile, so a later write never silently undoes an earlier.
 */
public final class GradebookService {

    /** The audit action of a cell change; the subject is {@link #auditSubject}. */
    static final String CELL_WRITTEN = CellChange.ACTION;

    private final GradebookStores stores;
    private final GradebookRepository store;
    private final Function<SchoolYear, Regulations> regulationsOfYear;
    private final Map<String, Regulations> regulations = new ConcurrentHashMap<>();
    private final Map<String, RuleMemo> memos = new ConcurrentHashMap<>();
    private final Function<String, List<Delegation>> delegationsToDeputy;
    private final Clock clock;

    public GradebookService(GradebookStores stores, Function<SchoolYear, Regulations> regulationsOfYear,
                            Function<String, List<Delegation>> delegationsToDeputy, Clock clock) {
        this.stores = stores;
        this.store = stores.gradebook();
        this.regulationsOfYear = regulationsOfYear;
        this.delegationsToDeputy = delegationsToDeputy;
        this.clock = clock;
    }

    /**
     * Over a data source without a container (the load benchmark): plain JDBC in local transactions.
     * In the container {@code GradebookProducer} passes the JTA-backed repository instead.
     */
    public GradebookService(DataSource dataSource, Function<SchoolYear, Regulations> regulationsOfYear,
                            Function<String, List<Delegation>> delegationsToDeputy, Clock clock) {
        this(JdbcGradebookStores.over(new LocalTransactions(dataSource)), regulationsOfYear, delegationsToDeputy, clock);
    }

    /** Where the gradebook is kept (for the other gradebook use cases of this package). */
    GradebookRepository store() {
        return store;
    }

    /** Every store of the gradebook's use cases (appeals, amendments, publishing). */
    GradebookStores stores() {
        return stores;
    }

    /** A write of one cell. {@code expectedVersion}: the version the writer saw (0 for an empty cell), or null to skip the check. */
    public record ScoreWrite(String classCode, String subjectCode, int semester, String studentId, String column,
                             Object value, String reason, Integer expectedVersion) {
    }

    /** One cell of a batch; {@code field} names it in errors (e.g. {@code D7} of a sheet). */
    public record CellWrite(String studentId, String column, Object value, String field) {
    }

    // ---- reading --------------------------------------------------------------------------------

    public Sheet sheet(Actor actor, String classCode, String subjectCode, int semester) {
        return inTransaction(() -> {
            SubjectPlan plan = plan(classCode, subjectCode, semester);
            ensureMayRead(actor, plan);
            Map<Long, Map<String, StoredCell>> cells = store.cells(plan.schoolClass().id(), plan.subject().id(), semester);
            List<Row> rows = new ArrayList<>();
            for (StudentRef student : store.students(plan.schoolClass().id())) {
                rows.add(row(plan, student, cells.get(student.id()), memoOf(plan.schoolClass())));
            }
            boolean locked = store.lockedBy(plan.schoolClass().id(), semester).isPresent();
            boolean writable = store.teaches(actor.username(), plan.schoolClass().id(), plan.subject().id());
            return new Sheet(plan.schoolClass().code(), plan.subject().code(), plan.subject().nameVi(), semester,
                    plan.schoolClass().schoolYear(), plan.scale().name(), plan.columns(), plan.citations(), locked, writable, rows);
        });
    }

    /** The plan (scale and columns) of a subject's gradebook, for importers and exporters, after the read check. */
    public SubjectPlan plan(Actor actor, String classCode, String subjectCode, int semester) {
        return inTransaction(() -> {
            SubjectPlan plan = plan(classCode, subjectCode, semester);
            ensureMayRead(actor, plan);
            return plan;
        });
    }

    /** 403 unless the actor teaches the plan's subject in its class. */
    public void ensureMayWrite(Actor actor, SubjectPlan plan) {
        inTransaction(() -> {
            checkMayWrite(actor, plan);
            return null;
        });
    }

    /** The usernames of the plan's class. */
    public java.util.Set<String> studentIds(SubjectPlan plan) {
        return inTransaction(() -> store.students(plan.schoolClass().id()).stream().map(StudentRef::username)
                .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new)));
    }

    /** Reads {@code raw} for a cell of this plan (rounding per Art. 5.3.b, the rules' validation). */
    public EnteredScore read(SubjectPlan plan, Object raw, String field) {
        return EnteredScore.read(raw, plan.scale(), field, rulesOf(plan.schoolClass()));
    }

    public List<HistoryLine> history(Actor actor, String classCode, String subjectCode, int semester, String studentId) {
        return inTransaction(() -> {
            SubjectPlan plan = plan(classCode, subjectCode, semester);
            ensureMayRead(actor, plan);
            Long studentDbId = null;
            if (studentId != null && !studentId.isBlank()) {
                studentDbId = student(plan, studentId, "studentId").id();
            }
            return store.history(plan.schoolClass().id(), plan.subject().id(), semester, studentDbId).stream()
                    .map(GradebookViews.HistoryLine::of).toList();
        });
    }

    // ---- writing --------------------------------------------------------------------------------

    /** Manual entry of one cell by a teacher of the subject in the class (source MANUAL). */
    public Written write(Actor actor, ScoreWrite w) {
        return inTransaction(() -> {
            SubjectPlan plan = plan(w.classCode(), w.subjectCode(), w.semester());
            checkMayWrite(actor, plan);
            String column = column(plan, w.column(), "column");
            StudentRef student = student(plan, w.studentId(), "studentId");
            ensureNotLocked(plan);
            EnteredScore entered = read(plan, w.value(), "score");
            apply(plan, student, column, entered.value(), w.expectedVersion(), actor.username(), null,
                    ScoreSource.MANUAL, w.reason());
            Row row = row(plan, student, store.cells(plan.schoolClass().id(), plan.subject().id(), plan.semester())
                    .get(student.id()), memoOf(plan.schoolClass()));
            return new Written(row, column, entered.value().json(), entered.rounded(), entered.notice(),
                    entered.rounded() ? List.of(EnteredScore.ROUNDING_CITATION) : List.of());
        });
    }

    /**
     * Writes many cells at once, all or nothing (imports, published sittings, the demo's marks).
     * {@code checkTeacher}: a teacher of the subject in the class must be the actor (imports); the
     * sitting publisher checks its own rule before calling. Answers how many cells changed.
     */
    public int writeAll(Actor actor, String classCode, String subjectCode, int semester, List<CellWrite> cells,
                        ScoreSource source, String reason, boolean checkTeacher) {
        return inTransaction(() -> {
            SubjectPlan plan = plan(classCode, subjectCode, semester);
            if (checkTeacher) {
                checkMayWrite(actor, plan);
            }
            ensureNotLocked(plan);
            Map<String, StudentRef> students = new LinkedHashMap<>();
            store.students(plan.schoolClass().id()).forEach(s -> students.put(s.username(), s));
            int changed = 0;
            for (CellWrite cell : cells) {
                StudentRef student = students.get(cell.studentId());
                if (student == null) {
                    throw GradebookRefusal.invalid(cell.field(), "Ô " + cell.field() + ": học sinh «" + cell.studentId()
                            + "» không thuộc lớp " + plan.schoolClass().code());
                }
                String column = column(plan, cell.column(), cell.field());
                CellValue value = read(plan, cell.value(), cell.field()).value();
                if (apply(plan, student, column, value, null, actor.username(), null, source, reason)) {
                    changed++;
                }
            }
            return changed;
        });
    }

    /** Locks (chốt sổ) every subject of the class for the semester: the principal, or a deputy under a delegation. */
    public GradebookLock lock(Actor actor, String classCode, int semester) {
        return inTransaction(() -> {
            ClassRef schoolClass = schoolClass(classCode);
            checkSemester(semester);
            DecisionAuthority authority = authority(actor);
            Optional<String> already = store.lockedBy(schoolClass.id(), semester);
            if (already.isPresent()) {
                return new GradebookLock(schoolClass.code(), semester, already.get(), true, null, null);
            }
            Instant now = clock.instant();
            store.lock(schoolClass.id(), semester, actor.username(), authority.onBehalfOf(), now);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("class", schoolClass.code());
            details.put("semester", semester);
            details.put("decidedAs", authority.decidedAs().name());
            details.put("delegationId", authority.delegationId());
            store.audit(AuditEvent.of(now, actor.username(), authority.onBehalfOf(), "GRADEBOOK_LOCKED",
                    "gblock:" + schoolClass.id() + ":" + semester, details));
            return new GradebookLock(schoolClass.code(), semester, actor.username(), false, authority.onBehalfOf(),
                    authority.signature());
        });
    }

    /**
     * The principal's authority, or a deputy's under a current delegation of scope
     * {@link Delegation#GRADEBOOK_LOCK} (a delegation of another scope, e.g. remote assessment, is
     * not enough), else 403.
     */
    DecisionAuthority authority(Actor actor) {
        return DecisionAuthority.find(actor, actor.has(Role.DEPUTY_PRINCIPAL) ? delegationsToDeputy.apply(actor.username()) : List.of(),
                clock.instant(), Delegation.GRADEBOOK_LOCK).orElseThrow(() -> GradebookRefusal.forbidden(actor.has(Role.DEPUTY_PRINCIPAL)
                ? "Phó hiệu trưởng chỉ được chốt sổ và duyệt đính chính khi đang được Hiệu trưởng ủy quyền «Chốt sổ điểm»"
                        + " (GRADEBOOK_LOCK)"
                : "Chỉ Hiệu trưởng, hoặc Phó hiệu trưởng được ủy quyền chốt sổ điểm, được chốt sổ và duyệt đính chính"));
    }

    // ---- shared with amendments, appeals, sittings and results ----------------------------------

    /**
     * Writes one cell inside the caller's transaction and appends its history entry; false when
     * the value is unchanged (nothing is written or recorded).
     */
    boolean apply(SubjectPlan plan, StudentRef student, String column, CellValue value,
                  Integer expectedVersion, String by, String onBehalfOf, ScoreSource source, String reason)
            {
        long classId = plan.schoolClass().id();
        long subjectId = plan.subject().id();
        Optional<StoredCell> stored = store.cellForUpdate(classId, subjectId, plan.semester(), student.id(), column);
        int currentVersion = stored.map(StoredCell::version).orElse(0);
        if (expectedVersion != null && expectedVersion != currentVersion) {
            StoredCell now = stored.orElse(null);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("column", column);
            details.put("studentId", student.username());
            details.put("current", now == null ? null : now.value().json());
            details.put("version", currentVersion);
            details.put("updatedBy", now == null ? null : now.updatedBy());
            details.put("updatedAt", now == null ? null : now.updatedAt().toString());
            throw GradebookRefusal.conflict("STALE_WRITE", "Ô " + column + " của " + student.name() + " vừa được "
                    + (now == null ? "người khác" : now.updatedBy()) + " sửa thành «"
                    + (now == null ? "" : now.value().text().replace('.', ',')) + "»: tải lại rồi nhập lại nếu vẫn cần sửa", details);
        }
        CellValue old = stored.map(StoredCell::value).orElse(CellValue.EMPTY);
        if (old.sameAs(value)) {
            return false;
        }
        Instant now = clock.instant();
        store.write(classId, subjectId, plan.semester(), student.id(), column, value,
                stored.isPresent() ? currentVersion : null, by, now);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("class", plan.schoolClass().code());
        details.put("subject", plan.subject().code());
        details.put("semester", plan.semester());
        details.put("studentId", student.username());
        details.put("column", column);
        details.put("old", old.isEmpty() ? null : old.text());
        details.put("new", value.isEmpty() ? null : value.text());
        details.put("reason", reason == null || reason.isBlank() ? null : reason.strip());
        details.put("source", source.name());
        store.audit(AuditEvent.of(now, by, onBehalfOf, CELL_WRITTEN, auditSubject(plan, student), details));
        return true;
    }

    static String auditSubject(SubjectPlan plan, StudentRef student) {
        return CellChange.auditSubject(plan.schoolClass().id(), plan.subject().id(), plan.semester(), student.id());
    }

    SubjectPlan plan(String classCode, String subjectCode, int semester) {
        checkSemester(semester);
        ClassRef schoolClass = schoolClass(classCode);
        if (subjectCode == null || subjectCode.isBlank()) {
            throw GradebookRefusal.invalid("subject", "Chọn môn học (subject)");
        }
        SubjectRef subject = store.subject(subjectCode.strip(), schoolClass.grade())
                .filter(s -> s.periodsPerYear() > 0)
                .orElseThrow(() -> GradebookRefusal.notFound("Lớp " + schoolClass.code() + " không học môn «" + subjectCode + "»"));
        return SubjectPlan.of(schoolClass, subject, semester, rulesOf(schoolClass));
    }

    ClassRef schoolClass(String classCode) {
        if (classCode == null || classCode.isBlank()) {
            throw GradebookRefusal.invalid("class", "Chọn lớp (class)");
        }
        return store.classByCode(classCode.strip())
                .orElseThrow(() -> GradebookRefusal.notFound("Không có lớp «" + classCode + "»"));
    }

    static void checkSemester(int semester) {
        if (semester != 1 && semester != 2) {
            throw GradebookRefusal.invalid("semester", "Học kì (semester) là 1 hoặc 2");
        }
    }

    static String column(SubjectPlan plan, String column, String field) {
        if (column == null || !plan.has(column.strip().toUpperCase(java.util.Locale.ROOT))) {
            throw GradebookRefusal.invalid(field, "Ô " + field + ": cột «" + column + "» không có trong sổ điểm môn "
                    + plan.subject().nameVi() + " (các cột: " + String.join(", ", plan.columns()) + ")");
        }
        return column.strip().toUpperCase(java.util.Locale.ROOT);
    }

    StudentRef student(SubjectPlan plan, String studentId, String field) {
        return store.students(plan.schoolClass().id()).stream().filter(s -> s.username().equals(studentId)).findFirst()
                .orElseThrow(() -> GradebookRefusal.invalid(field, "Học sinh «" + studentId + "» không thuộc lớp "
                        + plan.schoolClass().code()));
    }

    void ensureNotLocked(SubjectPlan plan) {
        if (store.lockedBy(plan.schoolClass().id(), plan.semester()).isPresent()) {
            throw GradebookRefusal.conflict("GRADEBOOK_LOCKED", "Sổ điểm lớp " + plan.schoolClass().code() + " học kì "
                    + plan.semester() + " đã chốt: muốn sửa, gửi đề nghị đính chính có lí do để Hiệu trưởng duyệt", null);
        }
    }

    void ensureMayRead(Actor actor, SubjectPlan plan) {
        if (actor.has(Role.PRINCIPAL) || actor.has(Role.DEPUTY_PRINCIPAL)
                || actor.is(plan.schoolClass().homeroomUsername())
                || store.teaches(actor.username(), plan.schoolClass().id(), plan.subject().id())
                || actor.has(Role.DEPARTMENT_HEAD) && store.headsGroupOf(actor.username(), plan.subject().id())) {
            return;
        }
        throw GradebookRefusal.forbidden("Chỉ giáo viên dạy môn này ở lớp, giáo viên chủ nhiệm, tổ trưởng chuyên môn"
                + " và Ban giám hiệu được xem sổ điểm này");
    }

    void checkMayWrite(Actor actor, SubjectPlan plan) {
        if (!store.teaches(actor.username(), plan.schoolClass().id(), plan.subject().id())) {
            throw GradebookRefusal.forbidden("Chỉ giáo viên được phân công dạy môn " + plan.subject().nameVi() + " ở lớp "
                    + plan.schoolClass().code() + " được nhập điểm");
        }
    }

    Row row(SubjectPlan plan, StudentRef student, Map<String, StoredCell> cells, RuleMemo rules) {
        Map<String, Object> scores = new LinkedHashMap<>();
        Map<String, Integer> versions = new LinkedHashMap<>();
        for (String column : plan.columns()) {
            StoredCell cell = cells == null ? null : cells.get(column);
            scores.put(column, cell == null ? null : cell.value().json());
            versions.put(column, cell == null ? 0 : cell.version());
        }
        SubjectAverages.SemesterResult result = SubjectAverages.of(plan, cells, rules);
        return new Row(student.username(), student.code(), student.name(), scores, versions, result.average(),
                result.commentary() == null ? null : result.commentary() == vn.khaothi.rules.tt22.CommentaryResult.DAT ? "D" : "CD",
                result.citations());
    }

    Regulations rulesOf(ClassRef schoolClass) {
        return regulations.computeIfAbsent(schoolClass.schoolYear(), y -> regulationsOfYear.apply(SchoolYear.parse(y)));
    }

    /** The rules of the class's year, with the answers of few-input decisions remembered. */
    RuleMemo memoOf(ClassRef schoolClass) {
        return memos.computeIfAbsent(schoolClass.schoolYear(), y -> new RuleMemo(rulesOf(schoolClass)));
    }

    /** One transaction around the work (joined when the caller already runs one); see {@link GradebookRepository#atomically}. */
    <T> T inTransaction(Supplier<T> work) {
        return store.atomically(work);
    }
}

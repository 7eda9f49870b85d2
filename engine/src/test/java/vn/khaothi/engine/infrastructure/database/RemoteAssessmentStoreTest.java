package vn.khaothi.engine.infrastructure.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;
import vn.khaothi.engine.application.remote.DecisionNotifications;
import vn.khaothi.engine.application.remote.EvidenceFile;
import vn.khaothi.engine.application.remote.EvidenceFiles;
import vn.khaothi.engine.application.remote.Notifications;
import vn.khaothi.engine.application.remote.RemoteAssessmentService;
import vn.khaothi.engine.infrastructure.jdbc.JdbcRemoteStore;
import vn.khaothi.engine.application.remote.RemoteReport;
import vn.khaothi.engine.application.remote.StatusCounts;
import vn.khaothi.itembank.domain.workflow.Role;
import vn.khaothi.engine.domain.audit.AuditEntry;
import vn.khaothi.engine.domain.audit.ChainVerification;
import vn.khaothi.itembank.domain.workflow.Actor;
import vn.khaothi.engine.domain.remote.ConflictException;
import vn.khaothi.engine.domain.remote.Delegation;
import vn.khaothi.engine.domain.remote.EvidenceRef;
import vn.khaothi.engine.domain.remote.NotAllowedException;
import vn.khaothi.engine.domain.remote.OnlineAttemptAnswer;
import vn.khaothi.engine.domain.remote.OnlineNotPermittedException;
import vn.khaothi.engine.domain.remote.RemoteAssessmentException;
import vn.khaothi.engine.domain.remote.RemoteForm;
import vn.khaothi.engine.domain.remote.RemoteRequest;
import vn.khaothi.engine.domain.remote.RemoteRequestNotFoundException;
import vn.khaothi.engine.domain.remote.RequestStatus;
import vn.khaothi.engine.domain.remote.SittingRef;
import vn.khaothi.engine.domain.remote.StudentTeachers;
import vn.khaothi.rules.Regulations;
import vn.khaothi.rules.online.AssessmentKind;
import vn.khaothi.rules.online.ForceMajeureReason;
import vn.khaothi.rules.online.OnlineRequirement;

/**
 * The remote-assessment workflow against a real embedded MariaDB, freshly installed and migrated
 * with Flyway: file → rules → store → audit, decide, enforce, report, and the audit chain as stored.
 */
class RemoteAssessmentStoreTest {

    private static final Instant NOW = Instant.parse("2025-10-20T01:00:00Z");
    private static final Instant CLOSES = Instant.parse("2025-10-27T03:00:00Z");
    private static final Actor HOMEROOM = Actor.of("gvcn.9a1", Role.TEACHER);
    private static final Actor MATH_TEACHER = Actor.of("gv.toan", Role.TEACHER);
    private static final Actor PRINCIPAL = Actor.of("hieutruong", Role.PRINCIPAL);
    private static final Actor DEPUTY = Actor.of("phohieutruong", Role.DEPUTY_PRINCIPAL);
    private static final Actor LAPSED_DEPUTY = Actor.of("phohieutruong2", Role.DEPUTY_PRINCIPAL);
    private static final EvidenceRef NOTE = new EvidenceRef("f-1", "application/pdf", 120_000);

    /** Every teacher in these tests is hs001..hs099's homeroom and Mathematics teacher, bar gv.van. */
    private static final StudentTeachers TEACHERS = new StudentTeachers() {
        @Override
        public boolean isHomeroomTeacher(String teacherId, String studentId) {
            return teacherId.equals("gvcn.9a1");
        }

        @Override
        public boolean teachesSubject(String teacherId, String studentId, String subjectCode) {
            return teacherId.equals("gv.toan") && subjectCode.equals("MATH");
        }

        @Override
        public boolean isCandidate(String studentId, String sittingId) {
            return true;  // every student here sits every sitting; the rule itself is RemoteRequestTest's
        }
    };

    private static final String DATA_DIR_PREFIX = "remote-assessment-data-";
    private static EmbeddedDatabase database;
    private static MariaDbDataSource dataSource;
    private static final Map<String, SittingRef> SITTINGS = new ConcurrentHashMap<>();
    private static RemoteAssessmentService service;
    private static LocalTransactions transactions;
    private static JdbcRemoteStore store;

    private static Path dataDir;

    /**
     * A server of its own, on a data dir named after this JVM: two builds of the same working tree
     * at once (engineers share it) must not install into, or delete, each other's directory.
     */
    @BeforeAll
    static void freshDatabase() throws Exception {
        Path target = Path.of(System.getProperty("khaothi.test.data.dir", "target/test-data")).toAbsolutePath().getParent();
        removeLeftoversOfEndedRuns(target);
        dataDir = target.resolve(DATA_DIR_PREFIX + ProcessHandle.current().pid());
        deleteRecursively(dataDir);
        database = EmbeddedDatabase.start(dataDir);
        dataSource = new MariaDbDataSource(database.jdbcUrl());
        dataSource.setUser(database.user());
        dataSource.setPassword(database.password());
        SchemaMigrator.migrate(dataSource, RemoteAssessmentStoreTest.class.getClassLoader());
        transactions = new LocalTransactions(dataSource);
        store = new JdbcRemoteStore(transactions);
        service = new RemoteAssessmentService(store, id -> Optional.ofNullable(SITTINGS.get(id)), TEACHERS,
                Regulations::forSchoolYear, Clock.fixed(NOW, ZoneOffset.UTC), new DecisionNotifications());
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            // Only the school's principal delegates (issue 11, finding 7).
            s.executeUpdate("INSERT INTO account (username, password_hash, display_name) VALUES ('hieutruong', 'x', 'Hiệu trưởng')");
            s.executeUpdate("INSERT INTO account_role (account_id, role) SELECT id, 'PRINCIPAL' FROM account WHERE username = 'hieutruong'");
        }
        service.recordDelegation(PRINCIPAL, "hieutruong", "phohieutruong", Delegation.REMOTE_ASSESSMENT,
                NOW.minus(1, ChronoUnit.DAYS), NOW.plus(60, ChronoUnit.DAYS));
        service.recordDelegation(PRINCIPAL, "hieutruong", "phohieutruong2", Delegation.REMOTE_ASSESSMENT,
                NOW.minus(60, ChronoUnit.DAYS), NOW.minus(1, ChronoUnit.DAYS));
    }

    @AfterAll
    static void stop() throws Exception {
        if (database != null) {
            database.stop();
        }
        deleteRecursively(dataDir);  // about 500 MB of unpacked server and data
    }

    private static void removeLeftoversOfEndedRuns(Path target) throws Exception {
        if (!Files.isDirectory(target)) {
            return;
        }
        try (var dirs = Files.list(target)) {
            for (Path dir : dirs.filter(d -> d.getFileName().toString().startsWith(DATA_DIR_PREFIX)).toList()) {
                String pid = dir.getFileName().toString().substring(DATA_DIR_PREFIX.length());
                boolean running = pid.matches("\\d+") && ProcessHandle.of(Long.parseLong(pid)).isPresent();
                if (!running) {
                    deleteRecursively(dir);
                }
            }
        }
    }

    private static void deleteRecursively(Path dir) throws Exception {
        if (dir != null && Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static SittingRef sitting(String id, String semester, String classCode, String subject) {
        SittingRef sitting = new SittingRef(id, AssessmentKind.MIDTERM, CLOSES, semester, classCode, subject);
        SITTINGS.put(id, sitting);
        return sitting;
    }

    @Test
    void fileDecideByADeputyAndStartOnlineUnderAProctor() {
        sitting("walk-1", "2025-2026/1", "9A1", "MATH");
        RemoteRequest filed = service.file(HOMEROOM, "hs001", "walk-1", ForceMajeureReason.ILLNESS,
                "Sốt xuất huyết, nằm viện Đồng Tháp", List.of(NOTE, new EvidenceRef("f-2", "image/jpeg", 2_000_000)));
        assertEquals(RequestStatus.PENDING, filed.status());
        assertTrue(filed.eligibility().eligible());

        RemoteRequest stored = service.view(PRINCIPAL, filed.id());
        assertEquals("Sốt xuất huyết, nằm viện Đồng Tháp", stored.explanation());
        assertEquals(filed.filedAt(), stored.filedAt());
        assertEquals(filed.eligibility(), stored.eligibility(), "the rules' view is kept exactly");
        assertEquals(List.of("TT09 Art. 6"), stored.eligibility().citations());
        assertEquals("RemoteRequestGoesToPrincipal", stored.eligibility().reasons().get(0).rule());
        assertEquals(2, service.evidence(DEPUTY, filed.id()).size());
        assertTrue(service.queue(DEPUTY).stream().anyMatch(r -> r.id().equals(filed.id())), "the deputy's queue");

        OnlineAttemptAnswer before = service.mayStartOnline("hs001", "walk-1", true);
        assertEquals(List.of(OnlineRequirement.PRINCIPAL_AUTHORIZATION), before.requires());
        assertThrows(OnlineNotPermittedException.class, before::orThrow);

        RemoteRequest decided = service.decide(DEPUTY, filed.id(), true, RemoteForm.ONLINE_PROCTORED, "Có giám thị trực tuyến");
        assertEquals(RequestStatus.APPROVED, decided.status());
        var decision = service.view(Actor.of("hs001", Role.STUDENT), filed.id()).decision().orElseThrow();
        assertEquals("phohieutruong", decision.decidedBy());
        assertEquals(Role.DEPUTY_PRINCIPAL, decision.decidedAs());
        assertEquals("hieutruong", decision.onBehalfOf());
        assertEquals(RemoteForm.ONLINE_PROCTORED, decision.form());
        assertEquals(NOW, decision.decidedAt());
        assertFalse(service.queue(PRINCIPAL).stream().anyMatch(r -> r.id().equals(filed.id())), "no longer pending");

        OnlineAttemptAnswer noProctor = service.mayStartOnline("hs001", "walk-1", false);
        assertEquals(List.of(OnlineRequirement.LIVE_PROCTORING), noProctor.requires());
        OnlineAttemptAnswer proctored = service.mayStartOnline("hs001", "walk-1", true);
        assertTrue(proctored.allowed());
        assertEquals(List.of("TT09 Art. 6", "Seed 002 §2.4.3", "Seed 004 §3.4.c"), proctored.citations());

        List<AuditEntry> history = service.history(PRINCIPAL, filed.id());
        assertEquals(List.of("REMOTE_REQUEST_FILED", "REMOTE_REQUEST_APPROVED"), history.stream().map(AuditEntry::action).toList());
        assertEquals("gvcn.9a1", history.get(0).actor());
        assertTrue(history.get(0).details().contains("\"citation\":\"TT09 Art. 6\""), history.get(0).details());
        assertTrue(history.get(0).details().contains("\"rule\":\"RemoteRequestGoesToPrincipal\""), history.get(0).details());
        assertEquals("phohieutruong", history.get(1).actor());
        assertEquals("hieutruong", history.get(1).onBehalfOf());
        assertTrue(history.get(1).details().contains("KT. Hiệu trưởng"), history.get(1).details());
        ChainVerification chain = service.verifyAudit();
        assertTrue(chain.intact(), chain.problems().toString());
    }

    @Test
    void everyRefusalIsExplicitAndChangesNothing() {
        sitting("neg-1", "2025-2026/1", "9A1", "MATH");
        RemoteRequest filed = service.file(Actor.of("hs010", Role.STUDENT), "hs010", "neg-1",
                ForceMajeureReason.FAMILY_EMERGENCY, null, List.of(NOTE));

        assertRefused("NOT_ALLOWED", "NOT_A_DECIDER",
                () -> service.decide(MATH_TEACHER, filed.id(), true, RemoteForm.ONLINE_PROCTORED, null));
        assertRefused("NOT_ALLOWED", "NO_CURRENT_DELEGATION",
                () -> service.decide(LAPSED_DEPUTY, filed.id(), true, RemoteForm.ONLINE_PROCTORED, null));
        assertRefused("NOT_ALLOWED", "NO_CURRENT_DELEGATION", () -> service.queue(LAPSED_DEPUTY));
        assertRefused("NOT_ALLOWED", "NOT_A_DECIDER", () -> service.queue(MATH_TEACHER));
        assertRefused("NOT_ALLOWED", "NOT_YOUR_REQUEST", () -> service.view(Actor.of("hs011", Role.STUDENT), filed.id()));
        assertRefused("NOT_ALLOWED", "EVIDENCE_FOR_DECIDERS_ONLY", () -> service.evidence(Actor.of("hs011", Role.STUDENT), filed.id()));
        assertRefused("NOT_ALLOWED", "NOT_YOUR_REQUEST",
                () -> service.file(Actor.of("hs011", Role.STUDENT), "hs010", "neg-1", ForceMajeureReason.ILLNESS, null, List.of(NOTE)));
        assertRefused("CONFLICT", "ALREADY_REQUESTED",
                () -> service.file(HOMEROOM, "hs010", "neg-1", ForceMajeureReason.ILLNESS, null, List.of(NOTE)));
        assertRefused("NOT_FOUND", "REQUEST_NOT_FOUND", () -> service.view(PRINCIPAL, "no-such-request"));
        assertRefused("NOT_ALLOWED", "NOT_A_DECIDER", () -> service.history(MATH_TEACHER, "no-such-request"));
        assertRefused("NOT_ALLOWED", "NOT_A_DECIDER", () -> service.history(Actor.of("hs010", Role.STUDENT), filed.id()));
        assertRefused("NOT_FOUND", "SITTING_NOT_FOUND",
                () -> service.file(HOMEROOM, "hs010", "no-such-sitting", ForceMajeureReason.ILLNESS, null, List.of(NOTE)));
        assertRefused("INVALID", "EXPLANATION_REQUIRED",
                () -> service.file(HOMEROOM, "hs012", "neg-1", ForceMajeureReason.OTHER, " ", List.of(NOTE)));
        assertEquals(RequestStatus.PENDING, service.view(PRINCIPAL, filed.id()).status());
        assertEquals(1, service.history(PRINCIPAL, filed.id()).size(), "refusals write nothing");

        service.decide(PRINCIPAL, filed.id(), false, null, "Kiểm tra bù trực tiếp ngày 03/11");
        assertRefused("CONFLICT", "ALREADY_DECIDED",
                () -> service.decide(PRINCIPAL, filed.id(), true, RemoteForm.ONLINE_PROCTORED, null));
        assertRefused("CONFLICT", "ALREADY_DECIDED", () -> service.withdraw(Actor.of("hs010", Role.STUDENT), filed.id()));
        RemoteRequest rejected = service.view(Actor.of("hs010", Role.STUDENT), filed.id());
        assertEquals(RequestStatus.REJECTED, rejected.status());
        assertNull(rejected.decision().orElseThrow().onBehalfOf());
        assertTrue(service.mayStartOnline("hs010", "neg-1", true).makeUpInPerson());
    }

    @Test
    void theFilerWithdrawsOnceAndTheRequestCannotBeDecidedAfterwards() {
        sitting("wd-1", "2025-2026/1", "9A2", "MATH");
        RemoteRequest filed = service.file(MATH_TEACHER, "hs050", "wd-1", ForceMajeureReason.OFFICIAL_DUTY, null, List.of(NOTE));
        assertRefused("NOT_ALLOWED", "NOT_THE_FILER", () -> service.withdraw(Actor.of("hs050", Role.STUDENT), filed.id()));
        assertEquals(RequestStatus.WITHDRAWN, service.withdraw(MATH_TEACHER, filed.id()).status());
        assertRefused("CONFLICT", "WITHDRAWN", () -> service.withdraw(MATH_TEACHER, filed.id()));
        assertRefused("CONFLICT", "WITHDRAWN", () -> service.decide(PRINCIPAL, filed.id(), false, null, "Không cần"));
        RemoteRequest again = service.file(MATH_TEACHER, "hs050", "wd-1", ForceMajeureReason.OFFICIAL_DUTY, null, List.of(NOTE));
        assertEquals(RequestStatus.PENDING, again.status(), "a withdrawn request does not block a new one");
    }

    @Test
    void twoDecidersAtOnceOneWinsTheOtherGetsAConflict() throws Exception {
        sitting("race-1", "2025-2026/1", "9A1", "MATH");
        RemoteRequest filed = service.file(HOMEROOM, "hs020", "race-1", ForceMajeureReason.DISASTER, null, List.of(NOTE));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (var who : List.of(PRINCIPAL, DEPUTY)) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        service.decide(who, filed.id(), true, RemoteForm.ONLINE_PROCTORED, null);
                        return "DECIDED";
                    } catch (ConflictException e) {
                        return e.code();
                    }
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> f : outcomes) {
                results.add(f.get());
            }
            results.sort(Comparator.naturalOrder());
            assertEquals(List.of("CONFLICT", "DECIDED"), results);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2, service.history(PRINCIPAL, filed.id()).size(), "one filing, one decision");
    }

    @Test
    void theSemesterReportCountsByReasonClassAndSubject() {
        String semester = "2025-2026/2";
        sitting("rep-1", semester, "9A1", "MATH");
        sitting("rep-2", semester, "9A2", "LITERATURE");
        sitting("rep-3", semester, null, null);
        RemoteRequest a = service.file(HOMEROOM, "hs030", "rep-1", ForceMajeureReason.ILLNESS, null, List.of(NOTE));
        RemoteRequest b = service.file(HOMEROOM, "hs031", "rep-2", ForceMajeureReason.ILLNESS, null, List.of(NOTE));
        service.file(HOMEROOM, "hs032", "rep-3", ForceMajeureReason.EPIDEMIC_ISOLATION, null, List.of(NOTE));
        service.decide(PRINCIPAL, a.id(), true, RemoteForm.ONLINE_PROCTORED, null);
        service.decide(PRINCIPAL, b.id(), false, null, "Kiểm tra bù");

        RemoteReport report = service.report(PRINCIPAL, semester);
        assertEquals(new StatusCounts(0, 1, 1, 0), report.byReason().get(ForceMajeureReason.ILLNESS));
        assertEquals(new StatusCounts(1, 0, 0, 0), report.byReason().get(ForceMajeureReason.EPIDEMIC_ISOLATION));
        assertEquals(2, report.byReason().size());
        assertEquals(1, report.approved());
        assertEquals(new StatusCounts(0, 1, 0, 0), report.byClass().get("9A1"));
        assertEquals(new StatusCounts(0, 0, 1, 0), report.byClass().get("9A2"));
        // the sitting for a list of students (no class, no subject) counts too: under the student's class and NONE
        assertEquals(Map.of("MATH", new StatusCounts(0, 1, 0, 0), "LITERATURE", new StatusCounts(0, 0, 1, 0),
                "NONE", new StatusCounts(1, 0, 0, 0)), report.bySubject());
        int byReason = report.byReason().values().stream().mapToInt(StatusCounts::total).sum();
        assertEquals(3, byReason);
        assertEquals(byReason, report.byClass().values().stream().mapToInt(StatusCounts::total).sum(), "by class");
        assertEquals(byReason, report.bySubject().values().stream().mapToInt(StatusCounts::total).sum(), "by subject");
        assertRefused("NOT_ALLOWED", "NOT_A_MANAGER", () -> service.report(HOMEROOM, semester));
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveAnEntryAndTamperingIsDetected() throws Exception {
        sitting("aud-1", "2025-2026/1", "9A1", "MATH");
        RemoteRequest filed = service.file(HOMEROOM, "hs040", "aud-1", ForceMajeureReason.ILLNESS, null, List.of(NOTE));
        long sequence = service.history(PRINCIPAL, filed.id()).get(0).sequence();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            SQLException update = assertThrows(SQLException.class,
                    () -> s.executeUpdate("UPDATE audit_entry SET actor = 'someone' WHERE sequence = " + sequence));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM audit_entry WHERE sequence = " + sequence));

            // Someone with the database's own rights drops the guard and edits an entry: the chain shows it.
            s.execute("DROP TRIGGER audit_entry_no_update");
            try {
                s.executeUpdate("UPDATE audit_entry SET actor = 'someone' WHERE sequence = " + sequence);
                ChainVerification tampered = service.verifyAudit();
                assertFalse(tampered.intact());
                assertEquals(sequence, tampered.problems().get(0).sequence());
                assertEquals(ChainVerification.Kind.EDITED, tampered.problems().get(0).kind());
                s.executeUpdate("UPDATE audit_entry SET actor = 'gvcn.9a1' WHERE sequence = " + sequence);
            } finally {
                s.execute("CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW "
                        + "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only'");
            }
        }
        assertTrue(service.verifyAudit().intact(), "restored");
    }

    @Test
    void theDirectorySaysWhoTeachesAStudent() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO school (code, name) VALUES ('RT', 'THCS Thử')");
            s.executeUpdate("INSERT INTO school_year (school_id, code, starts_on, ends_on, is_current) SELECT id, '2025-2026', "
                    + "'2025-09-05', '2026-05-31', TRUE FROM school WHERE code = 'RT'");
            s.executeUpdate("INSERT INTO school_year (school_id, code, starts_on, ends_on, is_current) SELECT id, '2024-2025', "
                    + "'2024-09-05', '2025-05-31', FALSE FROM school WHERE code = 'RT'");
            s.executeUpdate("INSERT INTO subject (code, name_vi, name_en) VALUES ('RT_MATH', 'Toán', 'Mathematics'), "
                    + "('RT_LIT', 'Ngữ văn', 'Literature')");
            for (String user : List.of("rt.gvcn", "rt.toan", "rt.cu", "rt.hs1", "rt.hs2")) {
                s.executeUpdate("INSERT INTO account (username, password_hash, display_name) VALUES ('" + user + "', 'x', '" + user + "')");
            }
            for (String user : List.of("rt.gvcn", "rt.toan", "rt.cu")) {
                s.executeUpdate("INSERT INTO teacher (account_id, code, full_name) SELECT id, username, username FROM account "
                        + "WHERE username = '" + user + "'");
            }
            for (String user : List.of("rt.hs1", "rt.hs2")) {
                s.executeUpdate("INSERT INTO student (account_id, code, full_name) SELECT id, username, username FROM account "
                        + "WHERE username = '" + user + "'");
            }
            s.executeUpdate("INSERT INTO school_class (school_year_id, grade, code, homeroom_teacher_id) SELECT y.id, 9, 'RT9A', t.id "
                    + "FROM school_year y, teacher t WHERE y.code = '2025-2026' AND t.code = 'rt.gvcn'");
            s.executeUpdate("INSERT INTO school_class (school_year_id, grade, code, homeroom_teacher_id) SELECT y.id, 8, 'RT8A', t.id "
                    + "FROM school_year y, teacher t WHERE y.code = '2024-2025' AND t.code = 'rt.cu'");
            s.executeUpdate("INSERT INTO enrolment (student_id, class_id) SELECT s.id, c.id FROM student s, school_class c "
                    + "WHERE s.code = 'rt.hs1' AND c.code IN ('RT9A', 'RT8A')");
            s.executeUpdate("INSERT INTO teaching_assignment (teacher_id, class_id, subject_id) SELECT t.id, c.id, sub.id "
                    + "FROM teacher t, school_class c, subject sub WHERE t.code = 'rt.toan' AND c.code = 'RT9A' AND sub.code = 'RT_MATH'");
        }
        var directory = new vn.khaothi.engine.infrastructure.jdbc.JdbcStudentTeachers(dataSource);
        assertTrue(directory.isHomeroomTeacher("rt.gvcn", "rt.hs1"));
        assertFalse(directory.isHomeroomTeacher("rt.gvcn", "rt.hs2"), "not in the class");
        assertFalse(directory.isHomeroomTeacher("rt.cu", "rt.hs1"), "last year's homeroom teacher");
        assertFalse(directory.isHomeroomTeacher("rt.toan", "rt.hs1"));
        assertTrue(directory.teachesSubject("rt.toan", "rt.hs1", "RT_MATH"));
        assertFalse(directory.teachesSubject("rt.toan", "rt.hs1", "RT_LIT"));
        assertFalse(directory.teachesSubject("rt.toan", "rt.hs2", "RT_MATH"));
        assertFalse(directory.teachesSubject("rt.gvcn", "rt.hs1", "RT_MATH"));
    }

    @Test
    void aDecisionItsAuditEntryAndItsNotificationsCommitTogether() {
        sitting("tx-1", "2025-2026/1", "9A1", "MATH");
        RemoteRequest filed = service.file(HOMEROOM, "hs060", "tx-1", ForceMajeureReason.ILLNESS, null, List.of(NOTE));
        Notifications inbox = new Notifications(store, Clock.fixed(NOW, ZoneOffset.UTC));
        assertTrue(inbox.of("hieutruong").stream().anyMatch(n -> n.subjectId().equals(filed.id())
                && n.kind().equals("REMOTE_REQUEST_FILED")), "the principal is told of the filing");

        RemoteAssessmentService failingAfterNotifying = new RemoteAssessmentService(store,
                id -> Optional.ofNullable(SITTINGS.get(id)), TEACHERS, Regulations::forSchoolYear,
                Clock.fixed(NOW, ZoneOffset.UTC), (session, request, decision) -> {
                    new DecisionNotifications().decided(session, request, decision);
                    throw new IllegalStateException("the listener fails after writing");
                });
        assertThrows(IllegalStateException.class, () -> failingAfterNotifying.decide(PRINCIPAL, filed.id(), true,
                RemoteForm.ONLINE_PROCTORED, null));
        assertEquals(RequestStatus.PENDING, service.view(PRINCIPAL, filed.id()).status(), "the decision rolled back");
        assertEquals(1, service.history(PRINCIPAL, filed.id()).size(), "so did its audit entry");
        assertTrue(inbox.of("hs060").isEmpty(), "and its notifications");

        service.decide(PRINCIPAL, filed.id(), true, RemoteForm.ONLINE_PROCTORED, null);
        assertEquals(1, inbox.unread("hs060"), "the student is told of the decision");
        assertEquals(1, inbox.markAllRead("hs060"));
        assertEquals(0, inbox.unread("hs060"));
    }

    @Test
    void aCallerRunningATransactionIsJoinedNotBypassed() throws Exception {
        sitting("tx-2", "2025-2026/1", "9A1", "MATH");
        assertThrows(IllegalStateException.class, () -> transactions.required(c -> {
            service.file(HOMEROOM, "hs061", "tx-2", ForceMajeureReason.ILLNESS, null, List.of(NOTE));
            assertTrue(transactions.active());
            throw new IllegalStateException("the caller's use case fails after the filing");
        }));
        assertTrue(service.mine(Actor.of("hs061", Role.STUDENT)).isEmpty(), "the filing rolled back with its caller");
        RemoteRequest filed = service.file(HOMEROOM, "hs061", "tx-2", ForceMajeureReason.ILLNESS, null, List.of(NOTE));
        assertEquals(List.of(filed.id()), service.mine(Actor.of("hs061", Role.STUDENT)).stream().map(RemoteRequest::id).toList());
    }

    @Test
    void anIntegrityViolationIsTheRefusalChangedConcurrentlyWhereverItSurfaces() {
        sitting("tx-3", "2025-2026/1", "9A1", "MATH");
        RemoteRequest filed = service.file(HOMEROOM, "hs062", "tx-3", ForceMajeureReason.ILLNESS, null, List.of(NOTE));
        ConflictException twice = assertThrows(ConflictException.class, () -> store.inTransaction(s -> {
            s.requests().insert(s.requests().find(filed.id(), false).orElseThrow());
            return null;
        }));
        assertEquals("CHANGED_CONCURRENTLY", twice.detail());
        // Under JTA the violation may come at commit, wrapped by the container (TransactionalException → RollbackException).
        ConflictException atCommit = assertThrows(ConflictException.class, () -> store.inTransaction(s -> {
            throw new RuntimeException("commit failed", new IllegalStateException("rolled back",
                    new java.sql.SQLIntegrityConstraintViolationException("Duplicate entry", "23000")));
        }));
        assertEquals("CHANGED_CONCURRENTLY", atCommit.detail());
        IllegalStateException other = assertThrows(IllegalStateException.class, () -> store.inTransaction(s -> {
            throw new IllegalStateException("storage failed", new SQLException("connection lost", "08S01"));
        }));
        assertEquals("storage failed", other.getMessage(), "other failures are not made into refusals");
        assertEquals(1, service.history(PRINCIPAL, filed.id()).size());
    }

    @Test
    void evidenceIsStoredClaimedOnceAndDiscardedOnlyByItsUploaderWhileUnclaimed() {
        EvidenceFiles files = new EvidenceFiles(store, Clock.fixed(NOW, ZoneOffset.UTC));
        byte[] pdf = "%PDF-1.7\n% giấy khám bệnh\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        EvidenceFile stored = files.store("gvcn.9a1", "C:\\scan\\giay-kham.pdf", pdf);
        assertEquals("application/pdf", stored.contentType());
        assertEquals("giay-kham.pdf", stored.fileName());
        assertEquals(pdf.length, files.content(stored.id()).orElseThrow().length);
        assertEquals(stored, files.find(java.util.Set.of(stored.id())).get(stored.id()));
        assertRefused("INVALID", "EVIDENCE_ID", () -> files.claim("gv.toan", List.of(stored.id())));
        assertRefused("NOT_ALLOWED", "NOT_THE_UPLOADER", () -> files.discard("gv.toan", stored.id()));

        sitting("ev-1", "2025-2026/1", "9A1", "MATH");
        List<EvidenceRef> claimed = files.claim("gvcn.9a1", List.of(stored.id()));
        service.file(HOMEROOM, "hs063", "ev-1", ForceMajeureReason.ILLNESS, null, claimed);
        assertRefused("INVALID", "EVIDENCE_ID", () -> files.claim("gvcn.9a1", List.of(stored.id())));
        assertRefused("CONFLICT", "EVIDENCE_ATTACHED", () -> files.discard("gvcn.9a1", stored.id()));

        EvidenceFile wrong = files.store("gvcn.9a1", "nham.pdf", pdf);
        files.discard("gvcn.9a1", wrong.id());
        assertTrue(files.content(wrong.id()).isEmpty(), "an unclaimed upload is removed by its uploader");
        assertRefused("NOT_FOUND", "EVIDENCE_NOT_FOUND", () -> files.discard("gvcn.9a1", wrong.id()));
    }

    private static void assertRefused(String code, String detail, org.junit.jupiter.api.function.Executable step) {
        RemoteAssessmentException refused = assertThrows(RemoteAssessmentException.class, step);
        assertEquals(code, refused.code(), refused.getMessage());
        assertEquals(detail, refused.detail(), refused.getMessage());
    }
}

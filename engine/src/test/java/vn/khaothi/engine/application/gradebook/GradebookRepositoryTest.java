package vn.khaothi.engine.application.gradebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbPoolDataSource;
import vn.khaothi.engine.application.gradebook.GradebookService.ScoreWrite;
import vn.khaothi.engine.domain.audit.AuditEvent;
import vn.khaothi.engine.domain.gradebook.CellChange;
import vn.khaothi.engine.domain.gradebook.CellValue;
import vn.khaothi.engine.domain.gradebook.GradebookRefs.ClassRef;
import vn.khaothi.engine.domain.gradebook.GradebookRefs.StoredCell;
import vn.khaothi.engine.domain.gradebook.GradebookRefs.StudentRef;
import vn.khaothi.engine.domain.gradebook.GradebookRefs.SubjectRef;
import vn.khaothi.engine.domain.gradebook.GradebookRefusal;
import vn.khaothi.engine.domain.gradebook.GradebookRepository;
import vn.khaothi.engine.infrastructure.database.EmbeddedDatabase;
import vn.khaothi.engine.infrastructure.database.LocalTransactions;
import vn.khaothi.engine.infrastructure.database.SchemaMigrator;
import vn.khaothi.engine.infrastructure.database.TestDatabases;
import vn.khaothi.engine.infrastructure.gradebook.JdbcGradebook;
import vn.khaothi.engine.infrastructure.gradebook.JdbcGradebookStores;
import vn.khaothi.itembank.domain.Refusal;
import vn.khaothi.itembank.domain.workflow.Actor;
import vn.khaothi.itembank.domain.workflow.Role;
import vn.khaothi.rules.Regulations;

/**
 * The gradebook's repository ({@link JdbcGradebook}) and its transaction contract against a real
 * MariaDB, through the {@code Transactions} port as the container uses it: a cell and its audit
 * entry commit or roll back together, a use case joins its caller's transaction, and the two ways a
 * concurrent writer shows itself (a moved version, a duplicate key) are refused as 409 STALE_WRITE.
 */
class GradebookRepositoryTest {

    static final String CLASS = "R9A";
    private static Path dir;
    private static EmbeddedDatabase server;
    private static MariaDbPoolDataSource pool;
    private static LocalTransactions transactions;
    private static GradebookRepository repository;
    private static GradebookService service;
    private static final Actor MATH = Actor.of(SchoolFixture.teacherOf(CLASS, "MATH"), Role.TEACHER);

    @BeforeAll
    static void start() throws Exception {
        dir = Path.of("target", "gradebook-repository-" + ProcessHandle.current().pid()).toAbsolutePath();
        server = TestDatabases.start(dir);
        pool = new MariaDbPoolDataSource(server.jdbcUrl() + "?user=" + server.user() + "&password=" + server.password()
                + "&maxPoolSize=4&minPoolSize=1");
        SchemaMigrator.migrate(pool, GradebookRepositoryTest.class.getClassLoader());
        SchoolFixture.school(pool);
        SchoolFixture.schoolClass(pool, CLASS, 3);
        transactions = new LocalTransactions(pool);
        GradebookStores stores = JdbcGradebookStores.over(transactions);
        repository = stores.gradebook();
        service = new GradebookService(stores, Regulations::forSchoolYear, deputy -> List.of(), Clock.systemUTC());
    }

    @AfterAll
    static void stop() throws Exception {
        pool.close();
        server.stop();
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private record Cell(ClassRef schoolClass, SubjectRef subject, StudentRef student) {
    }

    private static Cell cell(String subject, int student) {
        return repository.atomically(() -> {
            ClassRef k = repository.classByCode(CLASS).orElseThrow();
            SubjectRef s = repository.subject(subject, k.grade()).orElseThrow();
            StudentRef st = repository.students(k.id()).get(student - 1);
            return new Cell(k, s, st);
        });
    }

    private static int auditEntries(String subjectPrefix) throws SQLException {
        try (Connection c = pool.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM audit_entry WHERE subject_id LIKE ?")) {
            s.setString(1, subjectPrefix + "%");
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    @Test
    void readsTheSchoolStructureTheGradebookIsLaidOutOn() {
        repository.atomically(() -> {
            ClassRef k = repository.classByCode(CLASS).orElseThrow();
            assertEquals(9, k.grade());
            assertEquals("r9a.gvcn", k.homeroomUsername());
            assertEquals("2026-2027", k.schoolYear());
            assertEquals(List.of("r9a-001", "r9a-002", "r9a-003"),
                    repository.students(k.id()).stream().map(StudentRef::username).toList());
            SubjectRef math = repository.subject("MATH", 9).orElseThrow();
            assertEquals(140, math.periodsPerYear());
            assertTrue(repository.teaches(MATH.username(), k.id(), math.id()));
            assertFalse(repository.teaches("r9a.gv.pe", k.id(), math.id()));
            SubjectRef civics = repository.subject("CIVICS", 9).orElseThrow();
            assertEquals(35, civics.periodsPerYear());
            assertEquals(Map.of(), repository.cells(k.id(), civics.id(), 2), "no test writes CIVICS");
            assertTrue(repository.classByCode("NOPE").isEmpty());
            return null;
        });
    }

    @Test
    void aCellAndItsAuditEntryRollBackTogether() throws SQLException {
        Cell c = cell("LITERATURE", 1);
        String prefix = CellChange.prefix(c.schoolClass().id(), c.subject().id(), 1);
        int before = auditEntries(prefix);
        IllegalStateException failed = assertThrows(IllegalStateException.class, () -> repository.atomically(() -> {
            Instant now = Instant.parse("2026-10-01T02:00:00Z");
            repository.write(c.schoolClass().id(), c.subject().id(), 1, c.student().id(), "TX1",
                    CellValue.score(new BigDecimal("7.5")), null, MATH.username(), now);
            repository.audit(AuditEvent.of(now, MATH.username(), null, CellChange.ACTION,
                    CellChange.auditSubject(c.schoolClass().id(), c.subject().id(), 1, c.student().id()),
                    Map.of("column", "TX1", "semester", 1)));
            throw new IllegalStateException("the use case fails after both writes");
        }));
        assertEquals("the use case fails after both writes", failed.getMessage(), "the work's exception reaches the caller unchanged");
        assertEquals(Map.of(), repository.atomically(() -> repository.cells(c.schoolClass().id(), c.subject().id(), 1)));
        assertEquals(before, auditEntries(prefix), "the audit entry went with the cell");
    }

    @Test
    void aUseCaseJoinsItsCallersTransaction() throws SQLException {
        String student = SchoolFixture.studentId(CLASS, 2);
        assertThrows(IllegalStateException.class, () -> transactions.required(connection -> {
            service.write(MATH, new ScoreWrite(CLASS, "MATH", 1, student, "TX2", "9", null, null));
            assertTrue(transactions.active());
            throw new IllegalStateException("the caller's transaction fails later");
        }));
        assertNull(service.sheet(MATH, CLASS, "MATH", 1).rows().get(1).scores().get("TX2"),
                "the write was part of the caller's transaction and rolled back with it");
        assertEquals(List.of(), service.history(MATH, CLASS, "MATH", 1, student));
        service.write(MATH, new ScoreWrite(CLASS, "MATH", 1, student, "TX2", "9", null, null));
        assertEquals(new BigDecimal("9.0"), service.sheet(MATH, CLASS, "MATH", 1).rows().get(1).scores().get("TX2"));
        assertEquals(1, service.history(MATH, CLASS, "MATH", 1, student).size());
    }

    @Test
    void aMovedVersionIsRefusedAsStaleWrite() {
        Cell c = cell("HISTORY_GEOGRAPHY", 3);
        Instant now = Instant.parse("2026-10-02T02:00:00Z");
        int first = repository.atomically(() -> repository.write(c.schoolClass().id(), c.subject().id(), 1, c.student().id(), "GK",
                CellValue.score(new BigDecimal("6.0")), null, MATH.username(), now));
        assertEquals(1, first);
        assertEquals(2, repository.atomically(() -> repository.write(c.schoolClass().id(), c.subject().id(), 1, c.student().id(), "GK",
                CellValue.score(new BigDecimal("6.5")), 1, MATH.username(), now)));
        GradebookRefusal stale = assertThrows(GradebookRefusal.class, () -> repository.atomically(() ->
                repository.write(c.schoolClass().id(), c.subject().id(), 1, c.student().id(), "GK",
                        CellValue.score(new BigDecimal("8.0")), 1, "someone.else", now)));
        assertEquals("STALE_WRITE", stale.code());
        assertEquals(Refusal.Kind.CONFLICT, stale.kind());
        StoredCell kept = repository.atomically(() -> repository.cellForUpdate(c.schoolClass().id(), c.subject().id(), 1,
                c.student().id(), "GK")).orElseThrow();
        assertEquals(new BigDecimal("6.5"), kept.value().score());
        assertEquals(2, kept.version());
    }

    @Test
    void aDuplicateKeyIsRefusedAsStaleWrite() {
        Cell c = cell("NATURAL_SCIENCE", 2);
        Instant now = Instant.parse("2026-10-03T02:00:00Z");
        repository.atomically(() -> repository.write(c.schoolClass().id(), c.subject().id(), 2, c.student().id(), "CK",
                CellValue.score(new BigDecimal("5.0")), null, MATH.username(), now));
        GradebookRefusal stale = assertThrows(GradebookRefusal.class, () -> repository.atomically(() ->
                repository.write(c.schoolClass().id(), c.subject().id(), 2, c.student().id(), "CK",
                        CellValue.score(new BigDecimal("9.0")), null, "second.inserter", now)),
                "two writers both saw an empty cell: the second insert meets the first one's key");
        assertEquals("STALE_WRITE", stale.code());
        assertEquals(Refusal.Kind.CONFLICT, stale.kind());
    }

    @Test
    void aRefusalInsideAnotherTransactionIsNotTranslated() {
        GradebookRefusal refusal = GradebookRefusal.forbidden("no");
        assertSame(refusal, assertThrows(GradebookRefusal.class, () -> repository.atomically(() -> repository.atomically(() -> {
            throw refusal;
        }))));
    }

    @Test
    void conductAndSettingsAreKept() {
        Cell c = cell("MATH", 3);
        repository.atomically(() -> {
            repository.saveConduct(c.schoolClass().id(), c.student().id(), "1", "KHA", "r9a.gvcn", Instant.now());
            repository.saveConduct(c.schoolClass().id(), c.student().id(), "1", "TOT", "r9a.gvcn", Instant.now());
            repository.addSetting("test.repository.flag", "42");
            return null;
        });
        assertEquals("TOT", repository.atomically(() -> repository.conduct(c.schoolClass().id())).get(c.student().id()).get("1"),
                "a second entry for the period replaces the first");
        assertEquals("42", repository.atomically(() -> repository.setting("test.repository.flag")).orElseThrow());
        assertTrue(repository.atomically(() -> repository.setting("test.repository.absent")).isEmpty());
        GradebookRefusal twice = assertThrows(GradebookRefusal.class,
                () -> repository.atomically(() -> {
                    repository.addSetting("test.repository.flag", "43");
                    return null;
                }));
        assertEquals("STALE_WRITE", twice.code(), "a duplicate key is the refusal a concurrent writer gets, as before");
    }
}

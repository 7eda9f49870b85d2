package vn.khaothi.engine.application.gradebook;

import vn.khaothi.itembank.domain.Refusal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.mariadb.jdbc.MariaDbPoolDataSource;
import vn.khaothi.engine.application.gradebook.GradebookService.CellWrite;
import vn.khaothi.engine.application.gradebook.GradebookService.ScoreWrite;
import vn.khaothi.engine.application.gradebook.GradebookViews.HistoryLine;
import vn.khaothi.engine.application.gradebook.GradebookViews.Row;
import vn.khaothi.engine.application.gradebook.GradebookViews.Sheet;
import vn.khaothi.engine.application.gradebook.GradebookViews.Written;
import vn.khaothi.itembank.domain.workflow.Role;
import vn.khaothi.engine.domain.gradebook.GradebookRefusal;
import vn.khaothi.engine.domain.gradebook.ScoreSource;
import vn.khaothi.itembank.domain.workflow.Actor;
import vn.khaothi.engine.domain.remote.Delegation;
import vn.khaothi.engine.infrastructure.database.EmbeddedDatabase;
import vn.khaothi.engine.infrastructure.database.SchemaMigrator;
import vn.khaothi.engine.infrastructure.database.TestDatabases;
import vn.khaothi.rules.Regulations;
import vn.khaothi.rules.SchoolYear;

/**
 * The gradebook against a real MariaDB (its own, under target/): columns from the rules (TT22
 * Art. 6), Art. 5.3.b rounding on entry, refusals naming the field, who may read and write, the
 * optimistic check, the rules' ĐTBmhk and commentary result, all-or-nothing batches, the lock and
 * the history in the audit chain.
 */
class GradebookServiceTest {

    static final String CLASS = "T9A";
    private static Path dir;
    private static EmbeddedDatabase server;
    private static MariaDbPoolDataSource pool;
    private static GradebookService service;
    private static final Actor MATH = Actor.of(SchoolFixture.teacherOf(CLASS, "MATH"), Role.TEACHER);
    private static final Actor PE = Actor.of(SchoolFixture.teacherOf(CLASS, "PE"), Role.TEACHER);
    private static final Actor HOMEROOM = Actor.of("t9a.gvcn", Role.TEACHER);
    private static final Actor PRINCIPAL = Actor.of("hieutruong", Role.PRINCIPAL);
    private static final Actor DEPUTY = Actor.of("pho", Role.DEPUTY_PRINCIPAL);

    @BeforeAll
    static void start() throws Exception {
        dir = Path.of("target", "gradebook-" + ProcessHandle.current().pid()).toAbsolutePath();
        server = TestDatabases.start(dir);
        pool = new MariaDbPoolDataSource(server.jdbcUrl() + "?user=" + server.user() + "&password=" + server.password()
                + "&maxPoolSize=4&minPoolSize=1");
        SchemaMigrator.migrate(pool, GradebookServiceTest.class.getClassLoader());
        SchoolFixture.school(pool);
        SchoolFixture.schoolClass(pool, CLASS, 6);
        SchoolFixture.schoolClass(pool, "T9L", 2);
        SchoolFixture.schoolClass(pool, "T9Y", 1);
        SchoolFixture.schoolClass(pool, "T9D", 1);
        SchoolFixture.schoolClass(pool, "T9P", 2);
        SchoolFixture.schoolClass(pool, "T9Q", 1);
        service = new GradebookService(pool, Regulations::forSchoolYear, deputy -> List.of(), Clock.systemUTC());
    }

    @AfterAll
    static void stop() throws Exception {
        pool.close();
        server.stop();
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static String student(int n) {
        return SchoolFixture.studentId(CLASS, n);
    }

    private static Written put(Actor who, String subject, int n, String column, Object value, Integer version) {
        return service.write(who, new ScoreWrite(CLASS, subject, 1, student(n), column, value, null, version));
    }

    @Test
    void columnsComeFromTheSubjectsPeriods() {
        assertEquals(List.of("TX1", "TX2", "TX3", "TX4", "GK", "CK"), service.sheet(MATH, CLASS, "MATH", 1).columns(), "140 periods: 4");
        assertEquals(List.of("TX1", "TX2", "GK", "CK"), service.sheet(HOMEROOM, CLASS, "CIVICS", 1).columns(), "35 periods: 2");
        Sheet pe = service.sheet(PE, CLASS, "PE", 2);
        assertEquals("COMMENTARY", pe.scale());
        assertEquals(List.of("TX1", "TX2", "GK", "CK"), pe.columns());
        assertTrue(pe.columnCitations().stream().anyMatch(c -> c.contains("Art. 6")), pe.columnCitations().toString());
    }

    @Test
    void aScoreWithTwoDecimalsIsRoundedHalfUpAndTheReplySaysSo() {
        Written w = put(MATH, "MATH", 1, "TX1", "8,25", null);
        assertEquals(new BigDecimal("8.3"), w.stored());
        assertTrue(w.rounded());
        assertTrue(w.notice().contains("8,25") && w.notice().contains("8,3") && w.notice().contains("5.3.b"), w.notice());
        assertEquals(new BigDecimal("8.3"), w.row().scores().get("TX1"));
        Written comma = put(MATH, "MATH", 1, "TX2", "8,5", null);
        Written dot = put(MATH, "MATH", 2, "TX2", "8.5", null);
        assertEquals(comma.stored(), dot.stored());
        assertFalse(comma.rounded());
        assertEquals(new BigDecimal("9.9"), put(MATH, "MATH", 2, "TX3", "9.85", null).stored(), "a tie goes up");
        assertEquals(new BigDecimal("10.0"), put(MATH, "MATH", 2, "TX4", new BigDecimal("9.95"), null).stored());
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsStored() {
        assertRefused("SCORE_INVALID", () -> put(MATH, "MATH", 3, "TX1", "tám", null));
        GradebookRefusal above = assertThrows(GradebookRefusal.class, () -> put(MATH, "MATH", 3, "TX1", "10,5", null));
        assertEquals("SCORE_INVALID", above.code());
        assertEquals("score", ((Map<?, ?>) above.details()).get("field"));
        assertTrue(above.getMessage().contains("5.3.b"), above.getMessage());
        assertRefused("SCORE_INVALID", () -> put(MATH, "MATH", 3, "TX1", "10,05", null));
        assertRefused("SCORE_INVALID", () -> put(PE, "PE", 3, "TX1", "8", null));
        assertRefused("VALIDATION_FAILED", () -> put(MATH, "MATH", 3, "TX9", "8", null));
        assertRefused("VALIDATION_FAILED", () -> put(MATH, "MATH", 99, "TX1", "8", null));
        assertNull(service.sheet(MATH, CLASS, "MATH", 1).rows().get(2).scores().get("TX1"));
    }

    @Test
    void onlyTheSubjectsTeacherWritesAndStudentsNeverRead() {
        assertRefused("FORBIDDEN", () -> put(PE, "MATH", 4, "TX1", "7", null));
        assertRefused("FORBIDDEN", () -> put(HOMEROOM, "MATH", 4, "TX1", "7", null));
        assertRefused("FORBIDDEN", () -> put(PRINCIPAL, "MATH", 4, "TX1", "7", null));
        assertRefused("FORBIDDEN", () -> service.sheet(Actor.of(student(4), Role.STUDENT), CLASS, "MATH", 1));
        assertRefused("FORBIDDEN", () -> service.sheet(Actor.of(SchoolFixture.teacherOf("T9L", "MATH"), Role.TEACHER), CLASS, "MATH", 1));
        assertTrue(service.sheet(HOMEROOM, CLASS, "MATH", 1).rows().size() == 6);
        assertFalse(service.sheet(HOMEROOM, CLASS, "MATH", 1).writable());
        assertTrue(service.sheet(MATH, CLASS, "MATH", 1).writable());
        assertEquals(6, service.sheet(DEPUTY, CLASS, "MATH", 1).rows().size());
    }

    @Test
    void aStaleWriteIsRefusedNamingTheEarlierWriter() {
        Written first = put(MATH, "MATH", 5, "GK", "6", 0);
        assertEquals(1, first.row().versions().get("GK"));
        GradebookRefusal stale = assertThrows(GradebookRefusal.class, () -> put(MATH, "MATH", 5, "GK", "9", 0));
        assertEquals("STALE_WRITE", stale.code());
        assertEquals(Refusal.Kind.CONFLICT, stale.kind());
        assertTrue(stale.getMessage().contains(MATH.username()), stale.getMessage());
        assertEquals(new BigDecimal("6.0"), service.sheet(MATH, CLASS, "MATH", 1).rows().get(4).scores().get("GK"));
        assertEquals(2, put(MATH, "MATH", 5, "GK", "9", 1).row().versions().get("GK"));
    }

    @Test
    void theAverageIsTheRulesOnceEveryColumnIsFilled() {
        String[] values = {"8", "7", "9", "6", "7"};
        String[] columns = {"TX1", "TX2", "TX3", "TX4", "GK"};
        for (int i = 0; i < values.length; i++) {
            Row row = service.write(MATH, new ScoreWrite(CLASS, "MATH", 2, student(6), columns[i], values[i], null, null)).row();
            assertNull(row.average(), "not every column yet");
        }
        Row full = service.write(MATH, new ScoreWrite(CLASS, "MATH", 2, student(6), "CK", "8", null, null)).row();
        assertEquals(new BigDecimal("7.6"), full.average(), "(8+7+9+6 + 2·7 + 3·8)/9 = 7.56 → 7.6");
        assertTrue(full.citations().contains("TT22 Art. 9.1.b"), full.citations().toString());
    }

    @Test
    void aCommentarySubjectIsPassedOnlyWhenEveryAssessmentIs() {
        for (String column : List.of("TX1", "TX2", "GK")) {
            service.write(PE, new ScoreWrite(CLASS, "PE", 2, student(1), column, "Đ", null, null));
        }
        assertEquals("D", service.write(PE, new ScoreWrite(CLASS, "PE", 2, student(1), "CK", "Đạt", null, null)).row().result());
        assertEquals("CD", service.write(PE, new ScoreWrite(CLASS, "PE", 2, student(1), "TX2", "CĐ", null, null)).row().result());
    }

    @Test
    void aBatchIsAllOrNothing() {
        List<CellWrite> cells = List.of(new CellWrite(student(1), "TX1", "7", "D2"), new CellWrite(student(2), "TX1", "11", "D3"));
        GradebookRefusal refused = assertThrows(GradebookRefusal.class,
                () -> service.writeAll(Actor.of(SchoolFixture.teacherOf(CLASS, "ENGLISH")), CLASS, "ENGLISH", 1, cells, ScoreSource.IMPORT, null, true));
        assertEquals("SCORE_INVALID", refused.code());
        assertTrue(refused.getMessage().contains("D3"), refused.getMessage());
        assertNull(service.sheet(HOMEROOM, CLASS, "ENGLISH", 1).rows().get(0).scores().get("TX1"));
    }

    @Test
    void theLockRefusesEditsAndOnlyThePrincipalLocks() {
        service.write(Actor.of(SchoolFixture.teacherOf("T9L", "MATH")), new ScoreWrite("T9L", "MATH", 1,
                SchoolFixture.studentId("T9L", 1), "TX1", "5", null, null));
        assertRefused("FORBIDDEN", () -> service.lock(MATH, "T9L", 1));
        assertRefused("FORBIDDEN", () -> service.lock(DEPUTY, "T9L", 1));
        assertEquals("T9L", service.lock(PRINCIPAL, "T9L", 1).classCode());
        GradebookRefusal locked = assertThrows(GradebookRefusal.class, () -> service.write(Actor.of(SchoolFixture.teacherOf("T9L", "MATH")),
                new ScoreWrite("T9L", "MATH", 1, SchoolFixture.studentId("T9L", 1), "TX1", "6", null, null)));
        assertEquals("GRADEBOOK_LOCKED", locked.code());
        assertEquals(Refusal.Kind.CONFLICT, locked.kind());
        assertTrue(service.sheet(PRINCIPAL, "T9L", "MATH", 1).locked());
        assertFalse(service.sheet(PRINCIPAL, "T9L", "MATH", 2).locked(), "semester II is open");
    }

    @Test
    void aDeputyLocksAndApprovesAmendmentsOnlyUnderAGradebookDelegation() {
        java.time.Instant now = java.time.Instant.now();
        Delegation remote = new Delegation("d-remote", "hieutruong", "pho.remote", Delegation.REMOTE_ASSESSMENT,
                now.minusSeconds(60), now.plusSeconds(3600), "hieutruong", now);
        Delegation materials = new Delegation("d-materials", "hieutruong", "pho.remote", Delegation.MATERIALS_APPROVAL,
                now.minusSeconds(60), now.plusSeconds(3600), "hieutruong", now);
        Delegation expired = new Delegation("d-old", "hieutruong", "pho.old", Delegation.GRADEBOOK_LOCK,
                now.minusSeconds(7200), now.minusSeconds(3600), "hieutruong", now.minusSeconds(7200));
        Delegation gradebook = new Delegation("d-gradebook", "hieutruong", "pho.sodiem", Delegation.GRADEBOOK_LOCK,
                now.minusSeconds(60), now.plusSeconds(3600), "hieutruong", now);
        List<Delegation> all = List.of(remote, materials, expired, gradebook);
        GradebookService delegated = new GradebookService(pool, Regulations::forSchoolYear,
                deputy -> all.stream().filter(d -> d.deputyId().equals(deputy)).toList(), Clock.systemUTC());
        Actor remoteDeputy = Actor.of("pho.remote", Role.DEPUTY_PRINCIPAL);
        Actor oldDeputy = Actor.of("pho.old", Role.DEPUTY_PRINCIPAL);
        Actor gradebookDeputy = Actor.of("pho.sodiem", Role.DEPUTY_PRINCIPAL);
        Actor teacher = Actor.of(SchoolFixture.teacherOf("T9D", "MATH"), Role.TEACHER);
        String student = SchoolFixture.studentId("T9D", 1);
        delegated.write(teacher, new ScoreWrite("T9D", "MATH", 1, student, "GK", "6", null, null));

        GradebookRefusal refused = assertThrows(GradebookRefusal.class, () -> delegated.lock(remoteDeputy, "T9D", 1));
        assertEquals("FORBIDDEN", refused.code());
        assertEquals(Refusal.Kind.FORBIDDEN, refused.kind());
        assertTrue(refused.getMessage().contains("GRADEBOOK_LOCK"), refused.getMessage());
        assertRefused("FORBIDDEN", () -> delegated.lock(oldDeputy, "T9D", 1));
        assertFalse(delegated.sheet(PRINCIPAL, "T9D", "MATH", 1).locked(), "a refused lock changes nothing");

        GradebookLock locked = delegated.lock(gradebookDeputy, "T9D", 1);
        assertFalse(locked.alreadyLocked());
        assertEquals("hieutruong", locked.onBehalfOf());
        assertEquals("KT. Hiệu trưởng / Phó Hiệu trưởng", locked.signature());
        assertTrue(delegated.sheet(PRINCIPAL, "T9D", "MATH", 1).locked());

        Amendments amendments = new Amendments(delegated, Clock.systemUTC());
        long first = amendments.request(teacher, "T9D", "MATH", 1, student, "GK", "7", "nhập nhầm").id();
        assertRefused("FORBIDDEN", () -> amendments.decide(remoteDeputy, first, true, null));
        assertEquals(new BigDecimal("6.0"), delegated.sheet(PRINCIPAL, "T9D", "MATH", 1).rows().get(0).scores().get("GK"),
                "a refused approval changes nothing");
        assertEquals("APPROVED", amendments.decide(gradebookDeputy, first, true, "đồng ý").status());
        assertEquals(new BigDecimal("7.0"), delegated.sheet(PRINCIPAL, "T9D", "MATH", 1).rows().get(0).scores().get("GK"));
        HistoryLine last = delegated.history(PRINCIPAL, "T9D", "MATH", 1, student).get(1);
        assertEquals("AMENDMENT", last.source());
        assertEquals("hieutruong", last.onBehalfOf());
    }

    @Test
    void aSittingOfAListOfStudentsPublishesIntoEachStudentsClass() throws Exception {
        try (java.sql.Connection c = pool.getConnection(); java.sql.Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO semester (school_year_id, number, starts_on, ends_on) SELECT id, 1, '2026-09-05',"
                    + " '2027-01-17' FROM school_year WHERE code = '2026-2027'");
            st.executeUpdate("INSERT INTO semester (school_year_id, number, starts_on, ends_on) SELECT id, 2, '2027-01-18',"
                    + " '2027-05-31' FROM school_year WHERE code = '2026-2027'");
            st.executeUpdate("INSERT INTO account (username, password_hash, display_name) VALUES ('tudo-001', 'x', 'Học sinh tự do')");
            st.executeUpdate("INSERT INTO student (account_id, code, full_name) SELECT id, username, display_name FROM account"
                    + " WHERE username = 'tudo-001'");
        }
        String creator = SchoolFixture.teacherOf("T9P", "MATH");
        long withClassless = listSitting("Khảo sát liên lớp có học sinh chưa xếp lớp", creator,
                Map.of("t9p-001", "8.25", "t9q-001", "9.5", "tudo-001", "6"));
        long mixed = listSitting("Khảo sát liên lớp", creator, Map.of("t9p-001", "8.25", "t9p-002", "7", "t9q-001", "9.5"));
        SittingResults results = new SittingResults(service, Clock.systemUTC());

        GradebookRefusal classless = assertThrows(GradebookRefusal.class,
                () -> results.publish(Actor.of(creator, Role.TEACHER), withClassless));
        assertEquals("STUDENT_WITHOUT_CLASS", classless.code());
        assertEquals(Refusal.Kind.CONFLICT, classless.kind());
        assertTrue(classless.getMessage().contains("tudo-001") && classless.getMessage().contains("chưa thuộc lớp"),
                classless.getMessage());
        assertEquals(List.of("tudo-001"), ((Map<?, ?>) classless.details()).get("students"));
        assertNull(service.sheet(PRINCIPAL, "T9P", "MATH", 1).rows().get(0).scores().get("TX2"), "a refused publish writes nothing");
        assertNull(service.sheet(PRINCIPAL, "T9Q", "MATH", 1).rows().get(0).scores().get("TX2"));

        assertRefused("FORBIDDEN", () -> results.publish(Actor.of(SchoolFixture.teacherOf("T9Q", "MATH"), Role.TEACHER), mixed));

        PublishedScores published = results.publish(Actor.of(creator, Role.TEACHER), mixed);
        assertEquals(3, published.written());
        assertEquals(1, published.semester());
        assertEquals(2, published.classes().size(), published.toString());
        Sheet p = service.sheet(PRINCIPAL, "T9P", "MATH", 1);
        assertEquals(new BigDecimal("8.3"), p.rows().get(0).scores().get("TX2"), "rounded per Art. 5.3.b");
        assertEquals(new BigDecimal("7.0"), p.rows().get(1).scores().get("TX2"));
        assertEquals(new BigDecimal("9.5"), service.sheet(PRINCIPAL, "T9Q", "MATH", 1).rows().get(0).scores().get("TX2"));
        assertEquals("SITTING", service.history(PRINCIPAL, "T9Q", "MATH", 1, "t9q-001").get(0).source());
        assertEquals(0, results.publish(Actor.of(SchoolFixture.teacherOf("T9P", "MATH"), Role.TEACHER), mixed).written(),
                "a republish writes only what changed");
    }

    /** A sitting given as a list (no class), MATH, column TX2, on 1/10/2026, with these GRADED scores. */
    private static long listSitting(String title, String creator, Map<String, String> scores) throws Exception {
        try (java.sql.Connection c = pool.getConnection()) {
            long id;
            try (java.sql.PreparedStatement s = c.prepareStatement("INSERT INTO sitting (paper_id, title, mode, opens_at, closes_at,"
                    + " duration_minutes, class_id, created_by, subject_code, gradebook_column) SELECT 1, ?, 'ONLINE',"
                    + " '2026-10-01 02:00:00', '2026-10-01 04:00:00', 45, NULL, id, 'MATH', 'TX2' FROM account WHERE username = ?",
                    java.sql.Statement.RETURN_GENERATED_KEYS)) {
                s.setString(1, title);
                s.setString(2, creator);
                s.executeUpdate();
                try (java.sql.ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (java.sql.PreparedStatement a = c.prepareStatement("INSERT INTO attempt (sitting_id, student_id, status, duration_ms,"
                    + " score) SELECT ?, id, 'GRADED', 2700000, ? FROM student WHERE code = ?")) {
                for (Map.Entry<String, String> e : scores.entrySet()) {
                    a.setLong(1, id);
                    a.setBigDecimal(2, new BigDecimal(e.getValue()));
                    a.setString(3, e.getKey());
                    assertEquals(1, a.executeUpdate());
                }
            }
            return id;
        }
    }

    @Test
    void everyChangeIsInTheHistoryWithWhoOldNewAndSource() {
        service.write(MATH, new ScoreWrite(CLASS, "MATH", 1, student(6), "CK", "4", null, null));
        service.write(MATH, new ScoreWrite(CLASS, "MATH", 1, student(6), "CK", "4,0", "no change", null));
        service.write(MATH, new ScoreWrite(CLASS, "MATH", 1, student(6), "CK", "5.5", "chấm lại", null));
        List<HistoryLine> lines = service.history(HOMEROOM, CLASS, "MATH", 1, student(6));
        assertEquals(2, lines.size(), "an unchanged value is not a change: " + lines);
        assertNull(lines.get(0).old());
        assertEquals(new BigDecimal("4.0"), lines.get(0).value());
        assertEquals(new BigDecimal("4.0"), lines.get(1).old());
        assertEquals(new BigDecimal("5.5"), lines.get(1).value());
        assertEquals("chấm lại", lines.get(1).reason());
        assertEquals("MANUAL", lines.get(1).source());
        assertEquals(MATH.username(), lines.get(1).by());
        assertTrue(service.history(HOMEROOM, CLASS, "MATH", 1, null).size() >= 2);
    }

    @Test
    void theYearsResultsAreTheRulesDecisionsWithTheirCitations() {
        String student = SchoolFixture.studentId("T9Y", 1);
        ResultsService results = new ResultsService(service, Clock.systemUTC());
        Regulations rules = Regulations.forSchoolYear(SchoolYear.of(2026));
        java.util.List<BigDecimal> yearAverages = new java.util.ArrayList<>();
        for (String[] subject : SchoolFixture.SUBJECTS) {
            boolean commentary = subject[2].equals("1");
            BigDecimal[] averages = new BigDecimal[2];
            for (int semester = 1; semester <= 2; semester++) {
                Sheet sheet = service.sheet(PRINCIPAL, "T9Y", subject[0], semester);
                List<CellWrite> cells = new java.util.ArrayList<>();
                for (String column : sheet.columns()) {
                    cells.add(new CellWrite(student, column, commentary ? "D" : semester == 1 ? "8,5" : "9", column));
                }
                service.writeAll(Actor.of(SchoolFixture.teacherOf("T9Y", subject[0])), "T9Y", subject[0], semester, cells,
                        ScoreSource.IMPORT, null, true);
                averages[semester - 1] = service.sheet(PRINCIPAL, "T9Y", subject[0], semester).rows().get(0).average();
            }
            if (!commentary) {
                yearAverages.add(rules.yearAverage(averages[0], averages[1]).value());
            }
        }
        assertRefused("FORBIDDEN", () -> results.conduct(MATH, "T9Y", "YEAR", student, "TOT"));
        assertRefused("VALIDATION_FAILED", () -> results.conduct(Actor.of("t9y.gvcn", Role.TEACHER), "T9Y", "YEAR", student, "GIOI"));
        results.conduct(Actor.of("t9y.gvcn", Role.TEACHER), "T9Y", "YEAR", student, "TOT");
        ResultViews.StudentResult year = results.ofClass(PRINCIPAL, "T9Y", "YEAR").get(0);
        assertEquals(new BigDecimal("8.8"), yearAverages.get(0), "(8.5 + 2·9) / 3 = 8.83 → 8.8");
        var level = rules.learningResult(yearAverages, 4, 0);
        assertEquals(level.value().level().name(), year.learningLevel());
        assertEquals("TOT", year.learningLevel());
        assertEquals("TOT", year.conductLevel());
        assertEquals(Boolean.TRUE, year.promoted());
        assertEquals(Boolean.FALSE, year.summerTraining());
        assertEquals(rules.award(level.value().level(), vn.khaothi.rules.tt22.LearningLevel.TOT, yearAverages).value().name(),
                year.award(), "the rules' award");
        assertTrue(year.citations().stream().anyMatch(c -> c.contains("9.2")), year.citations().toString());
        assertTrue(year.citations().stream().anyMatch(c -> c.contains("15")), year.citations().toString());
        assertRefused("FORBIDDEN", () -> results.ofClass(MATH, "T9Y", "YEAR"));
        ResultViews.Mine mine = results.mine(Actor.of(student, Role.STUDENT), "1");
        assertEquals(12, mine.subjects().size());
        assertEquals(new BigDecimal("8.5"), mine.subjects().get(0).average());
    }

    private static void assertRefused(String code, Executable step) {
        GradebookRefusal refused = assertThrows(GradebookRefusal.class, step);
        assertEquals(code, refused.code(), refused.getMessage());
    }
}

package vn.khaothi.engine.application.deadlines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbPoolDataSource;
import vn.khaothi.engine.application.deadlines.PaperDeadlines.Report;
import vn.khaothi.engine.application.deadlines.PaperDeadlines.Row;
import vn.khaothi.engine.infrastructure.database.EmbeddedDatabase;
import vn.khaothi.engine.infrastructure.database.LocalTransactions;
import vn.khaothi.engine.infrastructure.database.SchemaMigrator;
import vn.khaothi.engine.infrastructure.database.TestDatabases;
import vn.khaothi.engine.infrastructure.jdbc.JdbcPeriodicSittings;
import vn.khaothi.rules.Regulations;
import vn.khaothi.rules.directives.PeriodicPoint;

/**
 * The directive's paper deadlines read from stored papers and sittings (a real MariaDB, migrated):
 * which sittings count, which point and due date each gets, and that the status is the rules'.
 */
class PaperDeadlinesTest {

    private static Path dir;
    private static EmbeddedDatabase server;
    private static MariaDbPoolDataSource pool;
    /** 3 December 2026, 10:00 in Vietnam. */
    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-12-03T03:00:00Z"), ZoneOffset.UTC);
    private static Map<String, Row> byTitle;
    private static Report report;

    @BeforeAll
    static void start() throws Exception {
        dir = Path.of("target", "deadlines-" + ProcessHandle.current().pid()).toAbsolutePath();
        server = TestDatabases.start(dir);
        pool = new MariaDbPoolDataSource(server.jdbcUrl() + "?user=" + server.user() + "&password=" + server.password()
                + "&maxPoolSize=2&minPoolSize=1");
        SchemaMigrator.migrate(pool, PaperDeadlinesTest.class.getClassLoader());
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO school (code, name) VALUES ('DL', 'THCS Hạn đề')");
            s.executeUpdate("INSERT INTO school_year (school_id, code, starts_on, ends_on, is_current) SELECT id, '2025-2026',"
                    + " '2025-09-05', '2026-05-31', FALSE FROM school");
            s.executeUpdate("INSERT INTO school_year (school_id, code, starts_on, ends_on, is_current) SELECT id, '2026-2027',"
                    + " '2026-09-05', '2027-05-31', TRUE FROM school");
            s.executeUpdate("INSERT INTO semester (school_year_id, number, starts_on, ends_on) SELECT id, 1, '2026-09-05', '2027-01-17'"
                    + " FROM school_year WHERE code = '2026-2027'");
            s.executeUpdate("INSERT INTO semester (school_year_id, number, starts_on, ends_on) SELECT id, 2, '2027-01-19', '2027-05-31'"
                    + " FROM school_year WHERE code = '2026-2027'");
            s.executeUpdate("INSERT INTO subject (code, name_vi, name_en, commentary_only) VALUES ('MATH', 'Toán', 'Mathematics', 0)");
        }
        // Approvals in UTC: 16:59 UTC on the 28th is 23:59 in Vietnam (still the 28th), 17:00 is the 29th.
        long onTime = paper("Toán 9 GK1", "MATH", 9, "MIDTERM", "APPROVED", "2026-10-20 02:00:00", "2026-10-28 16:59:00");
        long late = paper("Ngữ văn 9 GK1", "LITERATURE", 9, "MIDTERM", "APPROVED", "2026-10-20 02:00:00", "2026-10-28 17:00:00");
        long draft = paper("Tiếng Anh 9 CK1", "ENGLISH", 9, "FINAL", "DRAFT", null, null);
        long group = paper("KHTN 9 CK1", "NATURAL_SCIENCE", 9, "FINAL", "GROUP_APPROVED", "2026-11-30 03:00:00", null);
        long pe = paper("GDTC 9 CK1", "PE", 9, "FINAL", "DRAFT", null, null);
        long spring = paper("Toán 9 GK2", "MATH", 9, "MIDTERM", "DRAFT", null, null);
        long regular = paper("Toán 9 TX", "MATH", 9, "REGULAR", "DRAFT", null, null);
        sitting(onTime, "MIDTERM", "GK1 Toán 9A1", "2026-11-02 01:00:00", true);
        sitting(onTime, "MIDTERM", "GK1 Toán 9A2", "2026-11-02 01:00:00", false);   // subject/grade from the paper
        sitting(late, "MIDTERM", "GK1 Văn 9A1", "2026-11-03 01:00:00", true);
        sitting(draft, "FINAL", "CK1 Anh 9A1", "2027-01-05 01:00:00", true);
        sitting(group, "FINAL", "CK1 KHTN 9A1", "2026-12-28 18:00:00", true);       // 29 December in Vietnam
        sitting(pe, "FINAL", "CK1 GDTC 9A1", "2027-01-06 01:00:00", true);
        sitting(spring, "MIDTERM", "GK2 Toán 9A1", "2027-03-10 01:00:00", true);
        sitting(regular, "REGULAR", "TX Toán 9A1", "2026-11-10 01:00:00", true);    // not periodic: left out
        sitting(onTime, "MIDTERM", "GK1 năm trước", "2025-11-02 01:00:00", true);  // another school year: left out
        report = new PaperDeadlines(new JdbcPeriodicSittings(new LocalTransactions(pool)), Regulations::forSchoolYear, TODAY).current();
        byTitle = report.rows().stream().collect(Collectors.toMap(Row::sittingTitle, Function.identity()));
    }

    @AfterAll
    static void stop() throws Exception {
        pool.close();
        server.stop();
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static long paper(String title, String subject, int grade, String kind, String status, String groupAt,
                              String principalAt) throws SQLException {
        try (Connection c = pool.getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO paper (title, subject_code, grade, kind, status, mode,"
                     + " seed, duration_minutes, total_points, blueprint, warnings, created_by, created_at)"
                     + " VALUES (?, ?, ?, ?, ?, 'SAME_ITEMS', 1, 45, 10, '{}', '[]', 'gv.toan', '2026-10-01 00:00:00')",
                     Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, title);
            insert.setString(2, subject);
            insert.setInt(3, grade);
            insert.setString(4, kind);
            insert.setString(5, status);
            insert.executeUpdate();
            long id;
            try (var keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
            approval(c, id, "GROUP", "totruong.toan", groupAt);
            approval(c, id, "PRINCIPAL", "hieutruong", principalAt);
            return id;
        }
    }

    private static void approval(Connection c, long paper, String step, String by, String at) throws SQLException {
        if (at == null) {
            return;
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO paper_approval (paper_id, step, approved, note, decided_by,"
                + " decided_at) VALUES (?, ?, TRUE, '', ?, ?)")) {
            insert.setLong(1, paper);
            insert.setString(2, step);
            insert.setString(3, by);
            insert.setString(4, at);
            insert.executeUpdate();
        }
    }

    private static void sitting(long paper, String kind, String title, String opensAtUtc, boolean ownFacts) throws SQLException {
        try (Connection c = pool.getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO sitting (paper_id, assessment_kind, subject_code, grade,"
                     + " title, mode, opens_at, closes_at, duration_minutes)"
                     + " SELECT id, ?, IF(?, subject_code, NULL), IF(?, grade, NULL), ?, 'IN_PERSON', ?,"
                     + " DATE_ADD(?, INTERVAL 2 HOUR), 45 FROM paper WHERE id = ?")) {
            insert.setString(1, kind);
            insert.setBoolean(2, ownFacts);
            insert.setBoolean(3, ownFacts);
            insert.setString(4, title);
            insert.setString(5, opensAtUtc);
            insert.setString(6, opensAtUtc);
            insert.setLong(7, paper);
            insert.executeUpdate();
        }
    }

    @Test
    void onlyThePeriodicSittingsOfTheCurrentYearInTheOrderTheyOpen() {
        assertEquals("2026-2027", report.schoolYear());
        assertEquals(LocalDate.of(2026, 12, 3), report.today());
        assertEquals(List.of("GK1 Toán 9A1", "GK1 Toán 9A2", "GK1 Văn 9A1", "CK1 KHTN 9A1", "CK1 Anh 9A1", "CK1 GDTC 9A1",
                "GK2 Toán 9A1"), report.rows().stream().map(Row::sittingTitle).toList());
    }

    @Test
    void approvedByTheTwentyEighthInVietnamIsOnTimeAMinuteLaterIsLate() {
        Row onTime = byTitle.get("GK1 Toán 9A1");
        assertEquals(PeriodicPoint.MIDTERM_1, onTime.point());
        assertEquals(LocalDate.of(2026, 10, 28), onTime.deadline());
        assertEquals(LocalDate.of(2026, 10, 28), onTime.principalApprovedOn());
        assertEquals("ON_TIME", onTime.status());
        assertEquals(List.of("Tân Hồng 1334/PGDĐT"), onTime.citations());
        assertTrue(onTime.reasons().get(0).vi().contains("28/10/2026"), onTime.reasons().toString());

        Row late = byTitle.get("GK1 Văn 9A1");
        assertEquals(LocalDate.of(2026, 10, 29), late.principalApprovedOn());
        assertEquals("LATE", late.status());
        assertEquals(List.of(), late.missing());
    }

    @Test
    void aSittingWithoutItsOwnSubjectAndGradeTakesThePapersAndSharesItsAnswer() {
        Row second = byTitle.get("GK1 Toán 9A2");
        assertEquals("MATH", second.subject());
        assertEquals("Toán", second.subjectVi());
        assertEquals("Mathematics", second.subjectEn());
        assertEquals("LITERATURE", byTitle.get("GK1 Văn 9A1").subjectVi(), "a subject the school has not listed keeps its code");
        assertEquals(9, second.grade());
        assertEquals("ON_TIME", second.status());
    }

    @Test
    void aPaperStillToApproveBeforeItsDeadlineIsPendingWithWhatIsMissing() {
        Row draft = byTitle.get("CK1 Anh 9A1");
        assertEquals(PeriodicPoint.END_OF_SEMESTER_1, draft.point());
        assertEquals(LocalDate.of(2026, 12, 28), draft.deadline(), "a sitting on 5 January is due by 28 December");
        assertEquals("PENDING", draft.status());
        assertEquals(List.of("GROUP_APPROVAL", "PRINCIPAL_APPROVAL", "PUBLICATION"), draft.missing());
        assertNull(draft.groupApprovedOn());

        Row group = byTitle.get("CK1 KHTN 9A1");
        assertEquals(LocalDate.of(2026, 12, 29), group.sittingDay(), "18:00 UTC on the 28th is the 29th in Vietnam");
        assertEquals(LocalDate.of(2026, 12, 28), group.deadline());
        assertEquals(LocalDate.of(2026, 11, 30), group.groupApprovedOn());
        assertEquals(List.of("PRINCIPAL_APPROVAL", "PUBLICATION"), group.missing());
        assertFalse(group.approvalOutOfOrder());
    }

    @Test
    void physicalEducationIsExemptAndSemesterTwoHasItsOwnPoint() {
        assertEquals("EXEMPT", byTitle.get("CK1 GDTC 9A1").status());
        Row spring = byTitle.get("GK2 Toán 9A1");
        assertEquals(PeriodicPoint.MIDTERM_2, spring.point());
        assertEquals(LocalDate.of(2027, 2, 28), spring.deadline());
        assertEquals("PENDING", spring.status());
    }

    @Test
    void noCurrentYearGivesAnEmptyReport() throws SQLException {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE school_year SET is_current = FALSE");
            try {
                Report none = new PaperDeadlines(new JdbcPeriodicSittings(new LocalTransactions(pool)), Regulations::forSchoolYear, TODAY).current();
                assertNull(none.schoolYear());
                assertEquals(List.of(), none.rows());
            } finally {
                s.executeUpdate("UPDATE school_year SET is_current = TRUE WHERE code = '2026-2027'");
            }
        }
    }
}

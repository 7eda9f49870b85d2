package vn.khaothi.engine.application.sitting;

import vn.khaothi.itembank.domain.workflow.Role;
import vn.khaothi.itembank.domain.workflow.Actor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbPoolDataSource;
import vn.khaothi.engine.domain.attempt.AnswerStep;
import vn.khaothi.engine.domain.attempt.AttemptStatus;
import vn.khaothi.engine.domain.attempt.SubmitReason;
import vn.khaothi.itembank.domain.itemtype.ItemTypes;
import vn.khaothi.engine.domain.sitting.Sitting;
import vn.khaothi.engine.domain.sitting.StaggeredStart;
import vn.khaothi.engine.infrastructure.database.EmbeddedDatabase;
import vn.khaothi.engine.infrastructure.database.SchemaMigrator;
import vn.khaothi.engine.infrastructure.database.TestDatabases;
import vn.khaothi.engine.application.paper.DeliverableItem;
import vn.khaothi.engine.application.paper.DeliverablePaper;
import vn.khaothi.engine.application.paper.DeliverableVersion;
import vn.khaothi.engine.application.paper.PaperCatalog;
import vn.khaothi.itembank.domain.item.ItemContent;
import vn.khaothi.itembank.domain.item.json.ItemContentJson;

/**
 * Sittings and attempts against a real MariaDB (its own, under target/): creation rules, versions
 * spread over the roster, accommodations, idempotent start, pause/extend on the stored deadline,
 * scoring at submit per item type (true/false cluster 3 of 4 = 0.5 of the points), an essay that
 * keeps the attempt SUBMITTED until graded, the review policy, and the expiry sweep's query.
 * The papers come from a small in-memory {@link PaperCatalog} (the item bank's interface).
 */
class SittingFlowTest {

    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.currentTimeMillis() % 100_000));
    private static Path dir;
    private static EmbeddedDatabase server;
    private static MariaDbPoolDataSource pool;
    private static SittingService sittings;
    private static AttemptService attempts;
    private static AttemptBackbone backbone;
    private static final Map<Long, DeliverablePaper> PAPERS = new HashMap<>();
    private static Actor teacher;
    private static String proctor;
    private static String classCode;
    private static List<String> students;

    @BeforeAll
    static void start() throws Exception {
        dir = Path.of("target", "sitting-flow-" + ProcessHandle.current().pid()).toAbsolutePath();
        deleteRecursively(dir);
        server = TestDatabases.start(dir);
        pool = new MariaDbPoolDataSource(server.jdbcUrl() + "?user=" + server.user() + "&password=" + server.password()
                + "&maxPoolSize=8&minPoolSize=1");
        SchemaMigrator.migrate(pool, SittingFlowTest.class.getClassLoader());
        backbone = AttemptBackbone.over(pool);
        PaperCatalog catalog = id -> Optional.ofNullable(PAPERS.get(id));
        ExamPapers papers = ExamPapers.over(catalog);
        sittings = SittingService.over(backbone, papers);
        attempts = AttemptService.over(backbone, papers, sittings);
        school();
        PAPERS.put(1L, paper(1, "APPROVED"));
        PAPERS.put(2L, paper(2, "GROUP_APPROVED"));
    }

    @AfterAll
    static void stop() throws IOException {
        if (backbone != null) {
            backbone.close();
        }
        if (pool != null) {
            pool.close();
        }
        if (server != null) {
            server.stop();
        }
        deleteRecursively(dir);
    }

    // ---- tests ----------------------------------------------------------------------------------

    @Test
    void theStartPathReadsASittingOncePerFewSecondsTheOthersEveryTime() {
        long id = sittings.create(teacher, sitting(1, classCode, null, Map.of()));
        Sitting first = sittings.sittingToStart(id);
        assertSame(first, sittings.sittingToStart(id), "a start within the freshness reuses the sitting read");
        assertNotSame(sittings.sitting(id), sittings.sitting(id), "everything else reads the stored sitting");
        assertEquals(first.opensAt(), sittings.sitting(id).opensAt());
        assertThrows(SittingProblem.class, () -> sittings.sittingToStart(999_999_999L), "an unknown sitting is refused, not cached");
    }

    @Test
    void onlyAnApprovedPaperMakesASitting() {
        SittingProblem p = assertThrows(SittingProblem.class, () -> sittings.create(teacher, sitting(2, classCode, null, Map.of())));
        assertEquals("PAPER_NOT_APPROVED", p.code());
        assertEquals(SittingProblem.Kind.CONFLICT, p.kind());
        SittingProblem student = assertThrows(SittingProblem.class, () -> sittings.create(
                Actor.of(students.get(0), Role.STUDENT), sitting(1, classCode, null, Map.of())));
        assertEquals(SittingProblem.Kind.FORBIDDEN, student.kind());
        SittingProblem unknown = assertThrows(SittingProblem.class, () -> sittings.create(teacher,
                sitting(1, null, List.of(students.get(0), "no.such.kid"), Map.of())));
        assertTrue(unknown.getMessage().contains("no.such.kid"), unknown.getMessage());
    }

    @Test
    void versionsAreSpreadByStudentCodeAndAccommodationsAddTime() throws Exception {
        long id = sittings.create(teacher, sitting(1, classCode, null, Map.of(students.get(1), 15)));
        Map<String, String> versions = new HashMap<>();
        Map<String, Long> extension = new HashMap<>();
        try (Connection c = pool.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT acc.username, a.version_code, a.extension_ms FROM attempt a JOIN student st ON st.id = a.student_id"
                        + " JOIN account acc ON acc.id = st.account_id WHERE a.sitting_id = ? ORDER BY st.code")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    versions.put(rs.getString(1), rs.getString(2));
                    extension.put(rs.getString(1), rs.getLong(3));
                }
            }
        }
        assertEquals(List.of("101", "102", "101", "102"), students.stream().map(versions::get).toList());
        assertEquals(15 * 60_000L, extension.get(students.get(1)));
        assertEquals(0L, extension.get(students.get(0)));

        Actor kid = Actor.of(students.get(1), Role.STUDENT);
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        StartedAttempt first = attempts.start(id, kid, (s, u) -> { });
        Instant deadline = first.deadline();
        assertFalse(deadline.isBefore(before.plus(Duration.ofMinutes(45 + 15))), deadline + " vs " + before);
        assertEquals("102", first.versionCode());
        assertEquals("102", first.items().version().code(), "the student is shown their own version");
        assertEquals(3, first.items().version().items().size());
        for (DeliverableItem item : first.items().version().items()) {
            String shown = ItemTypes.of(item.content().type()).renderForStudent(item.content(), item.optionOrder(),
                    item.points()).toString();
            assertFalse(shown.contains("\"correct\""), "no key in what a student receives: " + shown);
        }
        StartedAttempt again = attempts.start(id, kid, (s, u) -> {
            throw new AssertionError("a running attempt is returned without a new check");
        });
        assertEquals(first.attemptId(), again.attemptId());
        assertEquals(first.deadline(), again.deadline());
    }

    @Test
    void pauseStopsTheClockAndExtendMovesTheDeadline() throws Exception {
        long id = sittings.create(teacher, sitting(1, classCode, null, Map.of()));
        long attemptId = attempts.start(id, Actor.of(students.get(2), Role.STUDENT), (s, u) -> { })
                .attemptId();
        Instant deadline = attempts.current(attemptId).deadline().orElseThrow();
        attempts.extend(attemptId, 10);
        assertEquals(deadline.plus(Duration.ofMinutes(10)), attempts.current(attemptId).deadline().orElseThrow());
        attempts.pause(attemptId);
        assertTrue(attempts.current(attemptId).deadline().isEmpty(), "no deadline while paused");
        Duration left = attempts.current(attemptId).remainingAt(Instant.now());
        TimeUnit.MILLISECONDS.sleep(300);
        assertEquals(left, attempts.current(attemptId).remainingAt(Instant.now()), "the clock stops while paused");
        SittingProblem second = assertThrows(SittingProblem.class, () -> attempts.pause(attemptId));
        assertEquals("ILLEGAL_TRANSITION", second.code());
        attempts.resume(attemptId);
        Instant resumed = attempts.current(attemptId).deadline().orElseThrow();
        assertTrue(resumed.isAfter(deadline.plus(Duration.ofMinutes(10))), "the pause is not counted: " + resumed);
    }

    @Test
    void submitScoresPerTypeAndAnEssayWaitsForATeacher() throws Exception {
        long id = sittings.create(teacher, sitting(1, null, List.of(students.get(0)), Map.of()));
        Actor kid = Actor.of(students.get(0), Role.STUDENT);
        long attemptId = attempts.start(id, kid, (s, u) -> { }).attemptId();
        // Version 101: item 11 single choice (key A), 12 cluster (a,b true; c,d false), 13 essay.
        answer(attemptId, 11, 1, "{\"choice\":\"B\"}");
        answer(attemptId, 11, 2, "{\"choice\":\"A\"}");
        answer(attemptId, 11, 1, "{\"choice\":\"B\"}");   // a late older seq never overwrites
        answer(attemptId, 12, 3, "{\"values\":{\"a\":true,\"b\":true,\"c\":false,\"d\":true}}");
        answer(attemptId, 13, 4, "{\"text\":\"Vì tam giác ABC vuông tại A nên …\"}");
        attempts.submit(attemptId);
        AttemptView staff = attempts.view(attemptId, teacher);
        assertEquals(AttemptStatus.SUBMITTED, staff.status(), staff.toString());
        assertNotNull(staff.items(), "the staff see the items");
        Map<String, String> states = new HashMap<>();
        Map<String, BigDecimal> points = new HashMap<>();
        staff.results().forEach(r -> {
            states.put(String.valueOf(r.itemId()), r.state());
            points.put(String.valueOf(r.itemId()), r.points());
        });
        assertEquals("CORRECT", states.get("11"));
        assertEquals(0, new BigDecimal("0.5").compareTo(points.get("12")), "3 of 4 statements right: half the points");
        assertEquals("NEEDS_GRADING", states.get("13"));

        AttemptReports reports = AttemptReports.over(backbone, sittings, attempts);
        var queue = reports.gradingQueue(id, teacher);
        assertEquals(1, queue.size(), queue.toString());
        assertEquals("13", queue.get(0).get("itemId"));
        assertEquals("Vì tam giác ABC vuông tại A nên …",
                ((JsonObject) queue.get(0).get("response")).getString("text"));
        assertThrows(SittingProblem.class, () -> reports.gradingQueue(id, kid));
        SittingProblem tooMuch = assertThrows(SittingProblem.class,
                () -> attempts.gradeItem(attemptId, 13, new BigDecimal("2.5"), teacher));
        assertEquals("NOT_GRADABLE", tooMuch.code());
        AttemptView graded = attempts.gradeItem(attemptId, 13, new BigDecimal("1.5"), teacher);
        assertEquals(AttemptStatus.GRADED, graded.status());
        assertTrue(reports.gradingQueue(id, teacher).isEmpty(), "graded essays leave the queue");
        assertEquals(0, new BigDecimal("3.0").compareTo(graded.score()), graded.toString());
        AttemptView own = attempts.view(attemptId, kid);
        assertTrue(own.scoreVisible(), "AFTER_SUBMIT: the student sees the score");
        assertNull(own.items(), "a closed attempt's items are not sent to the student again");
        assertEquals("{\"choice\":\"A\"}", own.answers().get(11L).response());
        assertEquals(4, own.lastSeq());
        SittingProblem other = assertThrows(SittingProblem.class,
                () -> attempts.view(attemptId, Actor.of(students.get(3), Role.STUDENT)));
        assertEquals(SittingProblem.Kind.FORBIDDEN, other.kind());
    }

    @Test
    void aStaggeredStartRefusesAStudentBeforeTheirInstantAndCreatesNothing() throws Exception {
        Instant opens = Instant.now().minusSeconds(30).truncatedTo(ChronoUnit.SECONDS);
        long id = sittings.create(teacher, new NewSitting(1, "Staggered", null, students, opens,
                opens.plus(Duration.ofHours(2)), 45, "IN_PERSON", List.of(proctor), false, Map.of(), null, 600));
        assertEquals(600, sittings.view(id, teacher, a -> false).staggerSeconds());
        StaggeredStart stagger = new StaggeredStart(600);
        int refused = 0;
        for (String kid : students) {
            Actor v = Actor.of(kid, Role.STUDENT);
            Instant admitAt = stagger.admitAt(opens, id, kid);
            if (admitAt.isAfter(Instant.now().plusSeconds(5))) {
                SittingProblem p = assertThrows(SittingProblem.class, () -> attempts.start(id, v, (s, u) -> { }));
                assertEquals("NOT_YET_ADMITTED", p.code());
                assertEquals(Map.of("admitAt", admitAt.toString()), p.details());
                assertEquals("NOT_STARTED", sittings.view(id, v, a -> false).myAttempt().status(), "nothing was started");
                refused++;
            } else if (admitAt.isBefore(Instant.now())) {
                assertEquals("IN_PROGRESS", attempts.start(id, v, (s, u) -> { }).status().name());
            }
        }
        assertTrue(refused > 0 || students.stream().allMatch(k -> stagger.offsetSeconds(id, k) < 35),
                "with a 600 s window 30 s after the opening, someone still waits");
    }

    @Test
    void theSweepClosesARunningAttemptAtItsDeadlineAndHidesScoresUntilClose() throws Exception {
        NewSitting n = new NewSitting(1, "Closed review", null, List.of(students.get(3)), Instant.now().minusSeconds(60),
                Instant.now().plus(Duration.ofHours(2)), 45, "IN_PERSON", List.of(proctor), false, Map.of(), "AFTER_CLOSE", null);
        long id = sittings.create(teacher, n);
        Actor kid = Actor.of(students.get(3), Role.STUDENT);
        long attemptId = attempts.start(id, kid, (s, u) -> { }).attemptId();
        answer(attemptId, 21, 1, "{\"choice\":\"A\"}");
        // Time passes: the deadline is now 5 s ago (the only way to age a real attempt in a unit test).
        Instant past = Instant.now().minusSeconds(5).truncatedTo(ChronoUnit.MILLIS);
        try (Connection c = pool.getConnection(); PreparedStatement s = c.prepareStatement(
                "UPDATE attempt SET deadline = ? WHERE id = ?")) {
            s.setObject(1, java.time.LocalDateTime.ofInstant(past, java.time.ZoneOffset.UTC));
            s.setLong(2, attemptId);
            s.executeUpdate();
        }
        assertFalse(attempts.current(attemptId).acceptsAnswerAt(Instant.now()), "no answer after the deadline");
        assertTrue(backbone.attempts().expiredRunning(Instant.now(), 100).contains(attemptId));
        assertTrue(attempts.expire(attemptId));
        assertFalse(attempts.expire(attemptId), "a second sweep changes nothing");
        AttemptView staff = attempts.view(attemptId, teacher);
        assertEquals(AttemptStatus.GRADED, staff.status(), "no essay in version 102 → graded at once");
        assertEquals(SubmitReason.TIME_UP, staff.submitReason());
        assertEquals(past, staff.submittedAt(), "closed at the deadline, not when the sweep ran");
        AttemptView own = attempts.view(attemptId, kid);
        assertFalse(own.scoreVisible(), "AFTER_CLOSE: hidden until the sitting closes");
        assertNull(own.score());
        assertNull(own.results());
    }

    @Test
    void theMineListShowsStudentsTheirAttemptAndProctorsTheirSittings() {
        long id = sittings.create(teacher, sitting(1, classCode, null, Map.of()));
        var kid = sittings.mine(Actor.of(students.get(0), Role.STUDENT)).sittings().stream()
                .filter(s -> s.id() == id).findFirst().orElseThrow();
        assertEquals("STUDENT", kid.role());
        assertEquals("NOT_STARTED", kid.attemptStatus());
        assertTrue(kid.open());
        var watcher = sittings.mine(Actor.of(proctor, Role.TEACHER)).sittings().stream()
                .filter(s -> s.id() == id).findFirst().orElseThrow();
        assertEquals("PROCTOR", watcher.role());
        assertEquals(null, watcher.attemptId());
        assertNotEquals(0, sittings.view(id, teacher, a -> false).roster().size());
    }

    // ---- fixtures -------------------------------------------------------------------------------

    private static void answer(long attemptId, long itemId, long seq, String response) throws Exception {
        backbone.journal().append(new AnswerStep(attemptId, itemId, seq, response, Instant.now())).get(10, TimeUnit.SECONDS);
    }

    private static NewSitting sitting(long paperId, String classCode, List<String> who, Map<String, Integer> extra) {
        return new NewSitting(paperId, null, classCode, who, Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofHours(2)),
                45, "ONLINE", List.of(proctor), false, extra, null, null);
    }

    private static DeliverablePaper paper(long id, String status) {
        List<DeliverableVersion> versions = List.of(
                new DeliverableVersion(id * 10 + 1, "101", List.of(
                        item(1, 11, choice("A")), item(2, 12, cluster()), item(3, 13, essay()))),
                new DeliverableVersion(id * 10 + 2, "102", List.of(
                        item(1, 21, choice("A")), item(2, 22, choice("B")), item(3, 23, cluster()))));
        return new DeliverablePaper(id, "Kiểm tra giữa kì Toán 9", "MATH", 9, "MIDTERM", status, 45, new BigDecimal("4"), versions);
    }

    private static DeliverableItem item(int position, long itemId, ItemContent content) {
        BigDecimal points = content.type().name().equals("ESSAY") ? new BigDecimal("2") : BigDecimal.ONE;
        return new DeliverableItem(position, itemId, itemId * 100, points, List.of(), content);
    }

    private static ItemContent choice(String key) {
        var options = Json.createArrayBuilder();
        for (String o : List.of("A", "B", "C", "D")) {
            options.add(Json.createObjectBuilder().add("id", o).add("text", "Phương án " + o)
                    .add("fraction", o.equals(key) ? 1 : 0).add("feedback", "").add("locked", false));
        }
        return content("SINGLE_CHOICE", "Căn bậc hai số học của 9 là?").add("options", options).content();
    }

    private static ItemContent cluster() {
        var statements = Json.createArrayBuilder();
        Map<String, Boolean> truth = Map.of("a", true, "b", true, "c", false, "d", false);
        for (String s : List.of("a", "b", "c", "d")) {
            statements.add(Json.createObjectBuilder().add("id", s).add("text", "Mệnh đề " + s).add("correct", truth.get(s)));
        }
        return content("TRUE_FALSE_CLUSTER", "Cho hàm số y = 2x + 1.").add("statements", statements).content();
    }

    private static ItemContent essay() {
        return content("ESSAY", "Chứng minh định lí Py-ta-go.").add("guidance", "").add("responseTemplate", "").content();
    }

    private record Builder(jakarta.json.JsonObjectBuilder b) {
        Builder add(String k, jakarta.json.JsonArrayBuilder v) {
            b.add(k, v);
            return this;
        }

        Builder add(String k, String v) {
            b.add(k, v);
            return this;
        }

        ItemContent content() {
            return ItemContentJson.fromJson(b.build());
        }
    }

    private static Builder content(String type, String stem) {
        return new Builder(Json.createObjectBuilder().add("type", type).add("name", "").add("stem", stem)
                .add("generalFeedback", "").add("points", 1).add("tags", Json.createArrayBuilder())
                .add("source", "").add("author", "").add("idnumber", ""));
    }

    private static void school() throws SQLException {
        int n = NEXT.incrementAndGet();
        try (Connection c = pool.getConnection()) {
            long schoolId = insert(c, "INSERT INTO school (code, name) VALUES ('T" + n + "', 'Trường thử')");
            long year = insert(c, "INSERT INTO school_year (school_id, code, starts_on, ends_on, is_current) VALUES ("
                    + schoolId + ", '2026-2027', '2026-09-01', '2027-05-31', TRUE)");
            classCode = "9Z" + n;
            long classId = insert(c, "INSERT INTO school_class (school_year_id, grade, code) VALUES (" + year + ", 9, '" + classCode + "')");
            students = new ArrayList<>();
            for (int i = 1; i <= 4; i++) {
                String username = "t" + n + "hs" + i;
                long account = account(c, username, "STUDENT");
                long student = insert(c, "INSERT INTO student (account_id, code, full_name) VALUES (" + account + ", 'HS" + n
                        + "-" + i + "', 'Học sinh " + i + "')");
                insert(c, "INSERT INTO enrolment (student_id, class_id) VALUES (" + student + ", " + classId + ")");
                students.add(username);
            }
            teacher = Actor.of("t" + n + "gv", Role.TEACHER);
            account(c, teacher.username(), "TEACHER");
            proctor = "t" + n + "gt";
            account(c, proctor, "TEACHER");
        }
    }

    private static long account(Connection c, String username, String role) throws SQLException {
        long id = insert(c, "INSERT INTO account (username, password_hash, display_name) VALUES ('" + username + "', 'x', '" + username + "')");
        insert(c, "INSERT INTO account_role (account_id, role) VALUES (" + id + ", '" + role + "')");
        return id;
    }

    private static long insert(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate(sql, Statement.RETURN_GENERATED_KEYS);
            try (ResultSet keys = s.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        }
    }

    private static void deleteRecursively(Path d) throws IOException {
        if (d != null && Files.exists(d)) {
            try (var paths = Files.walk(d)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}

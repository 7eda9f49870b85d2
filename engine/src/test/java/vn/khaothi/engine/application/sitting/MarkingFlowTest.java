package vn.khaothi.engine.application.sitting;

import vn.khaothi.itembank.domain.workflow.Role;
import vn.khaothi.itembank.domain.workflow.Actor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
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
import vn.khaothi.engine.domain.marking.MarkInput;
import vn.khaothi.engine.domain.marking.MarkingStatus;
import vn.khaothi.engine.infrastructure.database.EmbeddedDatabase;
import vn.khaothi.engine.infrastructure.database.SchemaMigrator;
import vn.khaothi.engine.infrastructure.database.TestDatabases;
import vn.khaothi.engine.application.paper.DeliverableItem;
import vn.khaothi.engine.application.paper.DeliverablePaper;
import vn.khaothi.engine.application.paper.DeliverableVersion;
import vn.khaothi.itembank.domain.item.EssayBody;
import vn.khaothi.itembank.domain.item.ItemContent;
import vn.khaothi.itembank.domain.item.ItemTypeCode;
import vn.khaothi.itembank.domain.item.RichText;
import vn.khaothi.itembank.domain.item.Rubric;

/**
 * Marking against a real MariaDB: blind codes instead of names until release, a rubric's criteria
 * giving the item's points, double marking with a disagreement going to a third marker, and
 * {@code markingComplete} turning true only with every final mark.
 */
class MarkingFlowTest {

    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.currentTimeMillis() % 100_000) + 50_000);
    private static Path dir;
    private static EmbeddedDatabase server;
    private static MariaDbPoolDataSource pool;
    private static SittingService sittings;
    private static AttemptService attempts;
    private static MarkingService marking;
    private static AttemptBackbone backbone;
    private static Actor teacher;
    private static Actor second;
    private static Actor head;
    private static Actor otherHead;
    private static List<String> students;

    @BeforeAll
    static void start() throws Exception {
        dir = Path.of("target", "marking-flow-" + ProcessHandle.current().pid()).toAbsolutePath();
        server = TestDatabases.start(dir);
        pool = new MariaDbPoolDataSource(server.jdbcUrl() + "?user=" + server.user() + "&password=" + server.password()
                + "&maxPoolSize=8&minPoolSize=1");
        SchemaMigrator.migrate(pool, MarkingFlowTest.class.getClassLoader());
        backbone = AttemptBackbone.over(pool);
        DeliverablePaper paper = paper();
        ExamPapers papers = ExamPapers.over(id -> id == 1 ? Optional.of(paper) : Optional.empty());
        sittings = SittingService.over(backbone, papers);
        attempts = AttemptService.over(backbone, papers, sittings);
        marking = attempts.marking();
        school();
    }

    @AfterAll
    static void stop() throws Exception {
        if (backbone != null) {
            backbone.close();
        }
        if (pool != null) {
            pool.close();
        }
        if (server != null) {
            server.stop();
        }
        if (dir != null && Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    @Test
    void blindMarkingWithARubricShowsCodesUntilRelease() throws Exception {
        long sitting = sittingWithEssays(marking, MarkingService.policyOf(true, false, null));
        assertFalse(marking.markingComplete(sitting), "two essays wait");
        MarkingQueue queue = marking.queue(sitting, teacher);
        assertTrue(queue.blind());
        List<MarkingItemView> items = queue.items();
        assertEquals(2, items.size(), queue.toString());
        for (MarkingItemView x : items) {
            assertNull(x.studentName(), "blind: no name");
            assertNull(x.attemptId(), "blind: no attempt id either");
            assertTrue(x.code().matches("\\d{4}"), x.toString());
            assertEquals(2, x.rubric().size());
            assertEquals("Mỗi ý đúng 0,5 điểm", x.guidance());
        }
        List<Map<String, Object>> legacy = AttemptReports.over(backbone, sittings, attempts).gradingQueue(sitting, teacher);
        assertTrue(legacy.stream().allMatch(x -> x.get("studentName") == null && x.get("code") != null), legacy.toString());

        String code = items.get(0).code();
        SittingProblem over = assertThrows(SittingProblem.class, () -> marking.mark(sitting,
                new MarkingService.PaperRef(null, code), 13, criteria("2", "0"), false, null, teacher));
        assertEquals("MARK_OUT_OF_RANGE", over.code());
        MarkingItemView marked = marking.mark(sitting, new MarkingService.PaperRef(null, code), 13,
                criteria("1", "0.5"), false, null, teacher);
        assertEquals(MarkingStatus.FINAL, marked.status());
        assertEquals(0, new BigDecimal("1.5").compareTo(marked.finalPoints()));
        assertEquals("NOT_GRADED", assertThrows(SittingProblem.class, () -> marking.release(sitting, teacher)).code());

        marking.mark(sitting, new MarkingService.PaperRef(null, items.get(1).code()), 13,
                criteria("0", "0.25"), false, null, teacher);
        assertTrue(marking.markingComplete(sitting));
        marking.release(sitting, teacher);
        List<MarkingItemView> named = marking.queue(sitting, teacher).items();
        assertTrue(named.stream().allMatch(x -> x.studentName() != null), named.toString());
        long attemptId = named.stream().filter(x -> x.code().equals(code)).findFirst().orElseThrow().attemptId();
        AttemptView graded = attempts.view(attemptId, teacher);
        assertEquals("GRADED", graded.status().name());
        // 1 point for the right choice + 1.5 from the rubric
        assertEquals(0, new BigDecimal("2.5").compareTo(graded.score()), graded.toString());
        assertEquals(SittingProblem.Kind.FORBIDDEN, assertThrows(SittingProblem.class,
                () -> marking.queue(sitting, Actor.of(students.get(0), Role.STUDENT))).kind());
    }

    @Test
    void doubleMarkingDisagreementGoesToAThirdMark() throws Exception {
        long sitting = sittingWithEssays(marking, MarkingService.policyOf(false, true, new BigDecimal("0.5")));
        List<MarkingItemView> items = marking.queue(sitting, teacher).items();
        long a1 = items.get(0).attemptId();
        long a2 = items.get(1).attemptId();
        MarkingService.PaperRef p1 = new MarkingService.PaperRef(a1, null);
        MarkingService.PaperRef p2 = new MarkingService.PaperRef(a2, null);

        // Paper 1: 0.5 and 1.75 are 1.25 apart: disputed, then a third marker decides.
        assertEquals(MarkingStatus.AWAITING_SECOND, marking.mark(sitting, p1, 13, criteria("0.5", "0"), false, null, teacher).status());
        assertEquals("SAME_MARKER", assertThrows(SittingProblem.class,
                () -> marking.mark(sitting, p1, 13, criteria("0.5", "0"), false, null, teacher)).code());
        MarkingItemView hidden = marking.queue(sitting, second).items().get(0);
        assertTrue(hidden.marks().isEmpty(), "the second marker does not see the first mark");
        assertTrue(hidden.yourTurn());
        assertEquals(MarkingStatus.DISPUTED, marking.mark(sitting, p1, 13, criteria("1.25", "0.5"), false, null, second).status());
        assertFalse(marking.markingComplete(sitting));
        assertEquals("SUBMITTED", attempts.view(a1, teacher).status().name(), "a disputed essay keeps the attempt open");
        List<DisputedSitting> waitingForHead = marking.disputes(head);
        assertTrue(waitingForHead.stream().anyMatch(d -> d.sittingId() == sitting && d.disputed() == 1),
                waitingForHead.toString());
        assertTrue(marking.disputes(otherHead).stream().noneMatch(d -> d.sittingId() == sitting), "another subject's head");
        assertTrue(marking.disputes(teacher).isEmpty(), "a teacher decides no dispute");
        // Only the head of the sitting's subject (Toán) acts on it, as analytics decides: not the head of Ngữ văn.
        assertEquals("FORBIDDEN", assertThrows(SittingProblem.class, () -> marking.queue(sitting, otherHead)).code());
        assertEquals("FORBIDDEN", assertThrows(SittingProblem.class,
                () -> marking.mark(sitting, p1, 13, criteria("1", "0"), true, "Tổ trưởng khác môn", otherHead)).code());
        assertFalse(sittings.isStaffOf(sittings.sitting(sitting), otherHead));
        assertTrue(sittings.isStaffOf(sittings.sitting(sitting), head));
        assertTrue(marking.queue(sitting, head).canDecide());
        MarkingItemView third = marking.mark(sitting, p1, 13, criteria("1", "0"), false, null, head);
        assertEquals(MarkingStatus.FINAL, third.status());
        assertEquals(0, BigDecimal.ONE.compareTo(third.finalPoints()));
        assertEquals(3, third.marks().size(), "all marks are shown once final");

        // Paper 2: the old grading endpoint cannot skip the rubric, and one mark is not enough.
        SittingProblem total = assertThrows(SittingProblem.class, () -> attempts.gradeItem(a2, 13, new BigDecimal("1"), teacher));
        assertEquals("VALIDATION_FAILED", total.code(), "a rubric item needs its criteria");
        marking.mark(sitting, p2, 13, criteria("1", "0"), false, null, teacher);
        assertEquals("SUBMITTED", attempts.view(a2, teacher).status().name());
        marking.mark(sitting, p2, 13, criteria("1", "0.5"), false, null, second);  // 1 vs 1.5: the mean
        assertTrue(marking.markingComplete(sitting));
        AttemptView graded = attempts.view(a2, teacher);
        assertEquals("GRADED", graded.status().name());
        assertEquals(0, new BigDecimal("2.25").compareTo(graded.score()), graded.toString());  // 1 + mean(1, 1.5)
        assertEquals("MARKING_STARTED", assertThrows(SittingProblem.class,
                () -> marking.setPolicy(sitting, MarkingService.policyOf(true, false, null), teacher)).code());
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private static MarkInput criteria(String c1, String c2) {
        return new MarkInput(null, Map.of("c1", new BigDecimal(c1), "c2", new BigDecimal(c2)), "Nhận xét");
    }

    /** A sitting for two students who both answer the choice right and write an essay, then submit. */
    private static long sittingWithEssays(MarkingService service, vn.khaothi.engine.domain.marking.MarkingPolicy policy)
            throws Exception {
        long id = sittings.create(teacher, new NewSitting(1, null, null, students.subList(0, 2), Instant.now().minusSeconds(60),
                Instant.now().plus(Duration.ofHours(2)), 45, "IN_PERSON", List.of(second.username()), false, Map.of(), null, null));
        service.setPolicy(id, policy, teacher);
        for (String kid : students.subList(0, 2)) {
            long attemptId = attempts.start(id, Actor.of(kid, Role.STUDENT), (s, u) -> { })
                    .attemptId();
            answer(attemptId, 11, 1, "{\"choice\":\"A\"}");
            answer(attemptId, 13, 2, "{\"text\":\"Bài làm của " + kid + "\"}");
            attempts.submit(attemptId);
        }
        return id;
    }

    private static void answer(long attemptId, long itemId, long seq, String response) throws Exception {
        backbone.journal().append(new AnswerStep(attemptId, itemId, seq, response, Instant.now())).get(10, TimeUnit.SECONDS);
    }

    private static DeliverablePaper paper() {
        var options = Json.createArrayBuilder();
        for (String o : List.of("A", "B")) {
            options.add(Json.createObjectBuilder().add("id", o).add("text", "Phương án " + o)
                    .add("fraction", o.equals("A") ? 1 : 0).add("feedback", "").add("locked", false));
        }
        ItemContent choice = vn.khaothi.itembank.domain.item.json.ItemContentJson.fromJson(Json.createObjectBuilder()
                .add("type", "SINGLE_CHOICE").add("name", "").add("stem", "1 + 1 = ?").add("generalFeedback", "")
                .add("points", 1).add("tags", Json.createArrayBuilder()).add("source", "").add("author", "")
                .add("idnumber", "").add("options", options).build());
        Rubric rubric = new Rubric(List.of(
                new Rubric.Criterion("c1", "Lập luận", List.of(new Rubric.Level("Thiếu", BigDecimal.ZERO),
                        new Rubric.Level("Đủ", new BigDecimal("1.5")))),
                new Rubric.Criterion("c2", "Trình bày", List.of(new Rubric.Level("Rõ", new BigDecimal("0.5"))))));
        ItemContent essay = ItemContent.of(ItemTypeCode.ESSAY, RichText.plain("Chứng minh định lí Py-ta-go."),
                new EssayBody(RichText.plain("Mỗi ý đúng 0,5 điểm"), RichText.EMPTY, rubric)).withPoints(new BigDecimal("2"));
        DeliverableVersion v = new DeliverableVersion(11, "101", List.of(
                new DeliverableItem(1, 11, 1100, BigDecimal.ONE, List.of(), choice),
                new DeliverableItem(2, 13, 1300, new BigDecimal("2"), List.of(), essay)));
        return new DeliverablePaper(1, "Kiểm tra Toán 9", "MATH", 9, "REGULAR", "APPROVED", 45, new BigDecimal("3"), List.of(v));
    }

    private static void school() throws SQLException {
        int n = NEXT.incrementAndGet();
        try (Connection c = pool.getConnection()) {
            long schoolId = insert(c, "INSERT INTO school (code, name) VALUES ('M" + n + "', 'Trường thử')");
            long year = insert(c, "INSERT INTO school_year (school_id, code, starts_on, ends_on, is_current) VALUES ("
                    + schoolId + ", '2026-2027', '2026-09-01', '2027-05-31', TRUE)");
            long classId = insert(c, "INSERT INTO school_class (school_year_id, grade, code) VALUES (" + year + ", 9, '9M" + n + "')");
            students = new ArrayList<>();
            for (int i = 1; i <= 2; i++) {
                String username = "m" + n + "hs" + i;
                long account = account(c, username, "STUDENT");
                long student = insert(c, "INSERT INTO student (account_id, code, full_name) VALUES (" + account + ", 'MS" + n
                        + "-" + i + "', 'Học sinh " + i + "')");
                insert(c, "INSERT INTO enrolment (student_id, class_id) VALUES (" + student + ", " + classId + ")");
                students.add(username);
            }
            teacher = Actor.of("m" + n + "gv", Role.TEACHER);
            account(c, teacher.username(), "TEACHER");
            second = Actor.of("m" + n + "gv2", Role.TEACHER);
            account(c, second.username(), "TEACHER");
            head = Actor.of("m" + n + "tt", Role.DEPARTMENT_HEAD);
            headOf(c, account(c, head.username(), "DEPARTMENT_HEAD"), head.username(), "MATH");
            otherHead = Actor.of("m" + n + "ttvan", Role.DEPARTMENT_HEAD);
            headOf(c, account(c, otherHead.username(), "DEPARTMENT_HEAD"), otherHead.username(), "LITERATURE");
        }
    }

    /** Makes the account a teacher heading the subject group (tổ chuyên môn) of {@code subject}. */
    private static void headOf(Connection c, long account, String username, String subject) throws SQLException {
        long teacherId = insert(c, "INSERT INTO teacher (account_id, code, full_name) VALUES (" + account + ", '" + username
                + "', '" + username + "')");
        long subjectId = insert(c, "INSERT INTO subject (code, name_vi, name_en) VALUES ('" + subject + "', '" + subject
                + "', '" + subject + "')");
        long group = insert(c, "INSERT INTO subject_group (code, name, head_teacher_id) VALUES ('G" + username + "', 'Tổ "
                + subject + "', " + teacherId + ")");
        insert(c, "INSERT INTO subject_group_subject (subject_group_id, subject_id) VALUES (" + group + ", " + subjectId + ")");
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
}

package vn.khaothi.bench.gradebook;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.mariadb.jdbc.MariaDbPoolDataSource;
import vn.khaothi.engine.application.gradebook.GradebookService;
import vn.khaothi.engine.application.gradebook.ResultsService;
import vn.khaothi.itembank.domain.workflow.Role;
import vn.khaothi.itembank.domain.workflow.Actor;
import vn.khaothi.engine.infrastructure.database.EmbeddedDatabase;
import vn.khaothi.engine.infrastructure.database.SchemaMigrator;
import vn.khaothi.rules.Regulations;

/**
 * The gradebook's two figures (issue 13), on a throw-away embedded MariaDB:
 * <ol>
 *   <li>year results of a large school — 1,500 students (classes of 45) × 12 subjects × 2
 *   semesters, every column filled — from the database through the rules (ĐTBmhk, ĐTBmcn, Art.
 *   9.2/9.3 level, promotion, retests, award), against the baseline of reading the same rows alone;</li>
 *   <li>the grid of a 45-student class loading (GradebookService.sheet, with the rules' ĐTBmhk per
 *   row), p50/p95 over 300 loads, against the baseline of the bare cell query.</li>
 * </ol>
 * Run: {@code java -cp bench/target/benchmarks.jar vn.khaothi.bench.gradebook.GradebookBench [students]}.
 */
public final class GradebookBench {

    private static final String[][] SUBJECTS = {
            {"MATH", "0", "140"}, {"LITERATURE", "0", "140"}, {"ENGLISH", "0", "105"}, {"NATURAL_SCIENCE", "0", "140"},
            {"HISTORY_GEOGRAPHY", "0", "105"}, {"CIVICS", "0", "35"}, {"TECHNOLOGY", "0", "35"}, {"INFORMATICS", "0", "35"},
            {"PE", "1", "70"}, {"ARTS", "1", "70"}, {"EXPERIENTIAL", "1", "105"}, {"LOCAL_CONTENT", "1", "35"}};

    private GradebookBench() {
    }

    public static void main(String[] args) throws Exception {
        int students = args.length > 0 ? Integer.parseInt(args[0]) : 1500;
        Path dir = Files.createTempDirectory("khaothi-gradebook-bench");
        EmbeddedDatabase server = EmbeddedDatabase.ensureStarted(dir);
        try (MariaDbPoolDataSource pool = new MariaDbPoolDataSource(server.jdbcUrl() + "?user=" + server.user()
                + "&password=" + server.password() + "&maxPoolSize=8&minPoolSize=2&rewriteBatchedStatements=true")) {
            SchemaMigrator.migrate(pool, GradebookBench.class.getClassLoader());
            long seeding = System.nanoTime();
            List<String> classes = seed(pool, students);
            System.out.printf(Locale.ROOT, "Seeded %d students in %d classes, %d cells in %.1f s%n", students, classes.size(),
                    count(pool), (System.nanoTime() - seeding) / 1e9);
            GradebookService gradebook = new GradebookService(pool, Regulations::forSchoolYear, id -> List.of(), Clock.systemUTC());
            ResultsService results = new ResultsService(gradebook, Clock.systemUTC());
            Actor principal = Actor.of("bench.principal", Role.PRINCIPAL);

            // Warm-up: the rules' knowledge bases, the JIT, the database's buffer pool.
            for (int i = 0; i < 2; i++) {
                for (String code : classes) {
                    results.ofClass(principal, code, "YEAR");
                }
                readOnly(pool);
            }
            double[] ours = new double[5];
            double[] oursCpu = new double[5];
            double[] baseline = new double[5];
            var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            int counted = 0;
            for (int run = 0; run < 5; run++) {
                long t0 = System.nanoTime();
                readOnly(pool);
                baseline[run] = (System.nanoTime() - t0) / 1e6;
                long t1 = System.nanoTime();
                long cpu = os.getProcessCpuTime();
                counted = 0;
                for (String code : classes) {
                    counted += results.ofClass(principal, code, "YEAR").size();
                }
                ours[run] = (System.nanoTime() - t1) / 1e6;
                oursCpu[run] = (os.getProcessCpuTime() - cpu) / 1e6;
            }
            Arrays.sort(ours);
            Arrays.sort(oursCpu);
            Arrays.sort(baseline);
            System.out.printf(Locale.ROOT, "Machine: %d cores, load average %.1f during the run; this JVM's CPU time for one"
                    + " year-results run: median %.0f ms%n", Runtime.getRuntime().availableProcessors(), os.getSystemLoadAverage(),
                    oursCpu[2]);
            System.out.printf(Locale.ROOT, "Year results, %d students × 12 subjects × 2 semesters, DB + rules: median %.0f ms"
                    + " (min %.0f, max %.0f); baseline DB read alone: median %.0f ms; ratio %.1f×%n", counted, ours[2], ours[0],
                    ours[4], baseline[2], ours[2] / baseline[2]);

            String grid = classes.get(0);
            for (int i = 0; i < 50; i++) {
                gradebook.sheet(principal, grid, "MATH", 1);
                bareCells(pool, grid);
            }
            double[] sheet = new double[300];
            double[] bare = new double[300];
            for (int i = 0; i < sheet.length; i++) {
                long t0 = System.nanoTime();
                gradebook.sheet(principal, grid, "MATH", 1);
                sheet[i] = (System.nanoTime() - t0) / 1e6;
                long t1 = System.nanoTime();
                bareCells(pool, grid);
                bare[i] = (System.nanoTime() - t1) / 1e6;
            }
            Arrays.sort(sheet);
            Arrays.sort(bare);
            System.out.printf(Locale.ROOT, "Grid of a 45-student class (MATH, 6 columns, ĐTBmhk per row from the rules):"
                    + " p50 %.1f ms, p95 %.1f ms; baseline bare cell query: p50 %.1f ms, p95 %.1f ms; ratio p95 %.1f×%n",
                    sheet[150], sheet[284], bare[150], bare[284], sheet[284] / bare[284]);
        } finally {
            server.stop();
        }
    }

    /** The baseline: the same rows the results read (structure, cells, conduct), without the rules. */
    private static void readOnly(MariaDbPoolDataSource pool) throws Exception {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            long n = 0;
            try (ResultSet rs = s.executeQuery("SELECT g.class_id, g.subject_id, g.semester, g.student_id, g.column_code,"
                    + " g.score, g.verdict FROM gradebook_entry g")) {
                while (rs.next()) {
                    n += rs.getLong(1) + rs.getInt(3);
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT student_id, period, level FROM conduct_result")) {
                while (rs.next()) {
                    n += rs.getLong(1);
                }
            }
            if (n == 42) {
                System.out.print("");
            }
        }
    }

    private static void bareCells(MariaDbPoolDataSource pool, String classCode) throws Exception {
        try (Connection c = pool.getConnection(); PreparedStatement s = c.prepareStatement("SELECT g.student_id, g.column_code,"
                + " g.score, g.verdict, g.version FROM gradebook_entry g JOIN school_class sc ON sc.id = g.class_id"
                + " JOIN subject su ON su.id = g.subject_id WHERE sc.code = ? AND su.code = 'MATH' AND g.semester = 1")) {
            s.setString(1, classCode);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rs.getBigDecimal(3);
                }
            }
        }
    }

    private static long count(MariaDbPoolDataSource pool) throws Exception {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM gradebook_entry")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Plain SQL: the school, 12 subjects, classes of 45, every cell of both semesters, year conduct. */
    private static List<String> seed(MariaDbPoolDataSource pool, int students) throws Exception {
        Random random = new Random(42);
        List<String> classes = new ArrayList<>();
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO school (code, name) VALUES ('BENCH', 'THCS Benchmark')");
                s.executeUpdate("INSERT INTO school_year (school_id, code, starts_on, ends_on, is_current) SELECT id, '2026-2027',"
                        + " '2026-09-05', '2027-05-31', TRUE FROM school");
                for (String[] subject : SUBJECTS) {
                    s.executeUpdate("INSERT INTO subject (code, name_vi, name_en, commentary_only) VALUES ('" + subject[0] + "', '"
                            + subject[0] + "', '" + subject[0] + "', " + subject[1] + ")");
                    s.executeUpdate("INSERT INTO subject_offering (subject_id, grade, periods_per_year) SELECT id, 9, " + subject[2]
                            + " FROM subject WHERE code = '" + subject[0] + "'");
                }
                for (int k = 0; k * 45 < students; k++) {
                    String code = "9B" + (k + 1);
                    classes.add(code);
                    s.executeUpdate("INSERT INTO school_class (school_year_id, grade, code) SELECT id, 9, '" + code + "' FROM school_year");
                }
            }
            long[] subjectIds = new long[SUBJECTS.length];
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM subject ORDER BY id")) {
                for (int i = 0; rs.next(); i++) {
                    subjectIds[i] = rs.getLong(1);
                }
            }
            java.util.Map<String, Long> classIds = new java.util.HashMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT code, id FROM school_class")) {
                while (rs.next()) {
                    classIds.put(rs.getString(1), rs.getLong(2));
                }
            }
            try (PreparedStatement student = c.prepareStatement("INSERT INTO student (code, full_name) VALUES (?, ?)",
                    Statement.RETURN_GENERATED_KEYS);
                 PreparedStatement enrol = c.prepareStatement("INSERT INTO enrolment (student_id, class_id)"
                         + " SELECT ?, id FROM school_class WHERE code = ?");
                 PreparedStatement cell = c.prepareStatement("INSERT INTO gradebook_entry (class_id, subject_id, semester, student_id,"
                         + " column_code, score, verdict, version, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, 1,"
                         + " UTC_TIMESTAMP(6), 'bench')");
                 PreparedStatement conduct = c.prepareStatement("INSERT INTO conduct_result (class_id, student_id, period, level,"
                         + " entered_by, entered_at) SELECT id, ?, 'YEAR', ?, 'bench', UTC_TIMESTAMP(6) FROM school_class WHERE code = ?")) {
                for (int n = 0; n < students; n++) {
                    String classCode = classes.get(n / 45);
                    student.setString(1, String.format("b%05d", n));
                    student.setString(2, "Học sinh " + n);
                    student.executeUpdate();
                    long id;
                    try (ResultSet keys = student.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                    enrol.setLong(1, id);
                    enrol.setString(2, classCode);
                    enrol.executeUpdate();
                    double ability = Math.max(3, Math.min(9.8, 6.8 + 1.4 * random.nextGaussian()));
                    for (int j = 0; j < SUBJECTS.length; j++) {
                        int regular = Integer.parseInt(SUBJECTS[j][2]) <= 35 ? 2 : Integer.parseInt(SUBJECTS[j][2]) <= 70 ? 3 : 4;
                        if (SUBJECTS[j][1].equals("1")) {
                            regular = 2;
                        }
                        List<String> columns = new ArrayList<>();
                        for (int r = 1; r <= regular; r++) {
                            columns.add("TX" + r);
                        }
                        columns.add("GK");
                        columns.add("CK");
                        for (int semester = 1; semester <= 2; semester++) {
                            for (String column : columns) {
                                cell.setLong(1, classIds.get(classCode));
                                cell.setLong(2, subjectIds[j]);
                                cell.setInt(3, semester);
                                cell.setLong(4, id);
                                cell.setString(5, column);
                                if (SUBJECTS[j][1].equals("1")) {
                                    cell.setNull(6, java.sql.Types.DECIMAL);
                                    cell.setString(7, random.nextDouble() < 0.97 ? "D" : "CD");
                                } else {
                                    double mark = Math.max(0, Math.min(10, ability + random.nextGaussian()));
                                    cell.setBigDecimal(6, java.math.BigDecimal.valueOf(Math.round(mark * 10) / 10.0));
                                    cell.setNull(7, java.sql.Types.VARCHAR);
                                }
                                cell.addBatch();
                            }
                        }
                    }
                    String[] levels = {"TOT", "TOT", "TOT", "KHA", "KHA", "DAT", "CHUA_DAT"};
                    conduct.setLong(1, id);
                    conduct.setString(2, levels[random.nextInt(levels.length)]);
                    conduct.setString(3, classCode);
                    conduct.executeUpdate();
                    if (n % 100 == 99) {
                        cell.executeBatch();
                    }
                }
                cell.executeBatch();
            }
            c.commit();
        }
        return classes;
    }
}

package vn.khaothi.engine.infrastructure.attempt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.mariadb.jdbc.MariaDbPoolDataSource;
import vn.khaothi.engine.infrastructure.database.EmbeddedDatabase;
import vn.khaothi.engine.infrastructure.database.SchemaMigrator;
import vn.khaothi.engine.infrastructure.database.TestDatabases;

/**
 * A real embedded MariaDB of its own (under target/, fresh for each JVM, removed after), migrated
 * by Flyway, with a connection pool, and a helper that makes a sitting with attempts to answer.
 */
final class AttemptDatabase implements AutoCloseable {

    private static final AtomicLong NEXT = new AtomicLong(System.currentTimeMillis() % 1_000_000);

    final EmbeddedDatabase server;
    final MariaDbPoolDataSource dataSource;
    private final Path dir;

    private AttemptDatabase(EmbeddedDatabase server, MariaDbPoolDataSource dataSource, Path dir) {
        this.server = server;
        this.dataSource = dataSource;
        this.dir = dir;
    }

    static AttemptDatabase start(String name) throws IOException, SQLException {
        return start(name, 8);
    }

    /**
     * A server on {@code target/<name>-<pid>}: engineers share the working tree, and two builds
     * on one data dir would stop each other's server (EmbeddedDatabase stops an orphan found on
     * its pid file) and delete each other's data. Leftovers of ended JVMs are removed first.
     */
    static AttemptDatabase start(String name, int poolSize) throws IOException, SQLException {
        Path target = Path.of(System.getProperty("khaothi.test.data.dir", "target/test-data")).toAbsolutePath().getParent();
        removeLeftoversOfEndedRuns(target, name + "-");
        Path dir = target.resolve(name + "-" + ProcessHandle.current().pid());
        deleteRecursively(dir);
        EmbeddedDatabase server = TestDatabases.start(dir);
        MariaDbPoolDataSource pool = new MariaDbPoolDataSource(server.jdbcUrl() + "?user=" + server.user()
                + "&password=" + server.password() + "&maxPoolSize=" + poolSize + "&minPoolSize=1");
        SchemaMigrator.migrate(pool, AttemptDatabase.class.getClassLoader());
        return new AttemptDatabase(server, pool, dir);
    }

    private static void removeLeftoversOfEndedRuns(Path target, String prefix) throws IOException {
        if (!Files.isDirectory(target)) {
            return;
        }
        try (var dirs = Files.list(target)) {
            for (Path dir : dirs.filter(d -> d.getFileName().toString().startsWith(prefix)).toList()) {
                String pid = dir.getFileName().toString().substring(prefix.length());
                if (pid.matches("\\d+") && ProcessHandle.of(Long.parseLong(pid)).isEmpty()) {
                    deleteRecursively(dir);
                }
            }
        }
    }

    /** A new sitting with one NOT_STARTED attempt per new student; answers the attempt ids. */
    List<Long> newAttempts(int count) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            long sitting;
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO sitting (paper_id, title, mode, opens_at, closes_at, duration_minutes)"
                        + " VALUES (1, 'Kiểm tra giữa kì Toán 9', 'ONLINE', '2026-11-23 01:00:00', '2026-11-23 03:00:00', 45)",
                        Statement.RETURN_GENERATED_KEYS);
                sitting = generated(s);
            }
            try (PreparedStatement student = c.prepareStatement(
                    "INSERT INTO student (code, full_name) VALUES (?, ?)", Statement.RETURN_GENERATED_KEYS);
                 PreparedStatement attempt = c.prepareStatement(
                    "INSERT INTO attempt (sitting_id, student_id, version_code, duration_ms) VALUES (?, ?, '132', 2700000)",
                    Statement.RETURN_GENERATED_KEYS)) {
                for (int i = 0; i < count; i++) {
                    long n = NEXT.incrementAndGet();
                    student.setString(1, "HS" + n);
                    student.setString(2, "Nguyễn Văn " + n);
                    student.executeUpdate();
                    long studentId = generated(student);
                    attempt.setLong(1, sitting);
                    attempt.setLong(2, studentId);
                    attempt.executeUpdate();
                    ids.add(generated(attempt));
                }
            }
        }
        return ids;
    }

    long count(String sql, long... params) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setLong(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long generated(Statement s) throws SQLException {
        try (ResultSet keys = s.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    @Override
    public void close() {
        dataSource.close();
        server.stop();
        try {
            deleteRecursively(dir);  // about 500 MB of unpacked server and data
        } catch (IOException e) {
            System.err.println("Could not remove " + dir + ": " + e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}

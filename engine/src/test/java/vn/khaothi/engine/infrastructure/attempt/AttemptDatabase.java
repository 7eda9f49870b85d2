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
 * A real embedded MariaDB of its own (data under target/, fresh data files each run), migrated
 * by Flyway, with a connection pool, and a helper that makes a sitting with attempts to answer.
 */
final class AttemptDatabase implements AutoCloseable {

    private static final AtomicLong NEXT = new AtomicLong(System.currentTimeMillis() % 1_000_000);

    final EmbeddedDatabase server;
    final MariaDbPoolDataSource dataSource;

    private AttemptDatabase(EmbeddedDatabase server, MariaDbPoolDataSource dataSource) {
        this.server = server;
        this.dataSource = dataSource;
    }

    static AttemptDatabase start(String name) throws IOException, SQLException {
        return start(name, 8);
    }

    static AttemptDatabase start(String name, int poolSize) throws IOException, SQLException {
        Path dir = Path.of(System.getProperty("khaothi.test.data.dir", "target/test-data")).resolveSibling(name);
        deleteRecursively(dir.resolve("db"));  // fresh data; the unpacked server binaries are kept
        EmbeddedDatabase server = TestDatabases.start(dir);
        MariaDbPoolDataSource pool = new MariaDbPoolDataSource(server.jdbcUrl() + "?user=" + server.user()
                + "&password=" + server.password() + "&maxPoolSize=" + poolSize + "&minPoolSize=1");
        SchemaMigrator.migrate(pool, AttemptDatabase.class.getClassLoader());
        return new AttemptDatabase(server, pool);
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

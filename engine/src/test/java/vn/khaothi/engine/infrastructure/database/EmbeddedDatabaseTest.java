package vn.khaothi.engine.infrastructure.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;

/** Starts the real embedded MariaDB in target/ and migrates the schema with Flyway. */
class EmbeddedDatabaseTest {

    private static final Path DATA_DIR = Path.of(System.getProperty("khaothi.test.data.dir", "target/test-data"));

    @Test
    void aDataDirUnderTheTempDirIsNotTakenForAThrowAwayOne() throws Exception {
        Path underTmp = Path.of(System.getProperty("java.io.tmpdir"), "khaothi-kept-test");
        java.io.File kept = EmbeddedDatabase.kept(underTmp);
        assertTrue(!kept.getAbsolutePath().startsWith(System.getProperty("java.io.tmpdir")), kept.getPath());
        Files.createDirectories(underTmp);
        assertEquals(underTmp.toRealPath(), kept.toPath().toRealPath(), "same directory");
        // A path outside the temp dir is taken as it is. Not target/: the clone itself may live under /tmp.
        Path elsewhere = Path.of("/khaothi-not-under-tmp", "x");
        assertEquals(elsewhere.toFile(), EmbeddedDatabase.kept(elsewhere));
    }

    @Test
    void aFreshDataDirIsInstalledAndARestartKeepsTheData() throws Exception {
        Path dir = Path.of(System.getProperty("khaothi.test.data.dir", "target/test-data")).resolveSibling("restart-data");
        deleteRecursively(dir);
        EmbeddedDatabase first = EmbeddedDatabase.start(dir);
        try (Connection c = connect(first); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE kept (v VARCHAR(50))");
            s.execute("INSERT INTO kept VALUES ('Đã lưu')");
        } finally {
            first.stop();
        }
        EmbeddedDatabase second = EmbeddedDatabase.start(dir);
        try (Connection c = connect(second); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT v FROM kept")) {
            assertTrue(rs.next(), "the row survived the restart");
            assertEquals("Đã lưu", rs.getString(1));
        } finally {
            second.stop();
        }
        // Only the generated account gets in over TCP: root has no TCP access.
        EmbeddedDatabase third = EmbeddedDatabase.start(dir);
        try {
            var root = new MariaDbDataSource("jdbc:mariadb://127.0.0.1:" + third.port() + "/khaothi?user=root");
            org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class, () -> root.getConnection().close());
        } finally {
            third.stop();
        }
    }

    private static Connection connect(EmbeddedDatabase db) throws java.sql.SQLException {
        MariaDbDataSource ds = new MariaDbDataSource(db.jdbcUrl());
        ds.setUser(db.user());
        ds.setPassword(db.password());
        return ds.getConnection();
    }

    private static void deleteRecursively(Path dir) throws java.io.IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void startsMigratesAndKeepsItsPasswordAcrossStarts() throws Exception {
        EmbeddedDatabase db = EmbeddedDatabase.ensureStarted(DATA_DIR);
        assertEquals(db, EmbeddedDatabase.ensureStarted(DATA_DIR), "one server per JVM");
        assertTrue(Files.isRegularFile(DATA_DIR.resolve("db-password")));

        MariaDbDataSource ds = new MariaDbDataSource(db.jdbcUrl());
        ds.setUser(db.user());
        ds.setPassword(db.password());
        String version = SchemaMigrator.migrate(ds, getClass().getClassLoader());
        assertTrue(version.matches("20\\d\\d\\.\\d\\d\\.\\d\\d\\.\\d+"), version); // the newest migration, whichever it is
        assertEquals(version, SchemaMigrator.migrate(ds, getClass().getClassLoader()), "a second run applies nothing and says the same");

        Set<String> tables = new HashSet<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = 'khaothi'")) {
            while (rs.next()) {
                tables.add(rs.getString(1).toLowerCase());
            }
        }
        assertTrue(tables.containsAll(Set.of("school", "school_year", "semester", "subject", "subject_offering",
                "account", "account_role", "teacher", "subject_group", "school_class", "student", "enrolment",
                "flyway_schema_history")), "tables: " + tables);
        // Vietnamese text round-trips through the utf8mb4 schema.
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO app_setting (name, value) VALUES ('test.vi', 'Căn bậc hai — Đường tròn') "
                    + "ON DUPLICATE KEY UPDATE value = VALUES(value)");
            try (ResultSet rs = s.executeQuery("SELECT value FROM app_setting WHERE name = 'test.vi'")) {
                assertTrue(rs.next());
                assertEquals("Căn bậc hai — Đường tròn", rs.getString(1));
            }
        }
    }
}

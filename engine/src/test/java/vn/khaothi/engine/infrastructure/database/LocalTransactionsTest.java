package vn.khaothi.engine.infrastructure.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbPoolDataSource;

/**
 * The container-free {@code Transactions} against a real MariaDB: what the work writes commits
 * together, a failure anywhere rolls back everything (the nested call's writes too), a nested call
 * joins the outer transaction, and the work cannot commit or close the shared connection itself.
 */
class LocalTransactionsTest {

    private static Path dir;
    private static EmbeddedDatabase server;
    private static MariaDbPoolDataSource pool;
    private static LocalTransactions transactions;

    @BeforeAll
    static void start() throws Exception {
        dir = Path.of("target", "local-transactions-" + ProcessHandle.current().pid()).toAbsolutePath();
        deleteRecursively(dir);
        server = TestDatabases.start(dir);
        pool = new MariaDbPoolDataSource(server.jdbcUrl() + "?user=" + server.user() + "&password=" + server.password()
                + "&maxPoolSize=4&minPoolSize=1");
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE tx_probe (v INT NOT NULL PRIMARY KEY) ENGINE=InnoDB");
        }
        transactions = new LocalTransactions(pool);
    }

    @AfterAll
    static void stop() throws IOException {
        if (pool != null) {
            pool.close();
        }
        if (server != null) {
            server.stop();
        }
        deleteRecursively(dir);
    }

    @BeforeEach
    void empty() throws SQLException {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM tx_probe");
        }
    }

    @Test
    void whatTheWorkWritesCommitsTogether() throws SQLException {
        int written = transactions.required(c -> insert(c, 1) + insert(c, 2));
        assertEquals(2, written);
        assertEquals(2, count());
        assertFalse(transactions.active(), "the thread is free after the outermost call");
    }

    @Test
    void aNestedCallJoinsAndAFailureAfterItRollsBackBoth() throws SQLException {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> transactions.required(c -> {
            insert(c, 1);
            transactions.required(inner -> insert(inner, 2));
            assertEquals(2, countOn(c), "the nested write is visible on the outer transaction's connection");
            throw new IllegalStateException("refused after both writes");
        }));
        assertEquals("refused after both writes", e.getMessage());
        assertEquals(0, count(), "nothing of the failed use case is stored, not even the nested call's row");
        assertFalse(transactions.active());
    }

    @Test
    void aFailingStatementRollsBackTheEarlierOnesAndReachesTheCallerUnchanged() throws SQLException {
        assertThrows(java.sql.SQLIntegrityConstraintViolationException.class, () -> transactions.required(c -> {
            insert(c, 7);
            return insert(c, 7);
        }));
        assertEquals(0, count());
    }

    @Test
    void theWorkCannotCommitOrCloseTheSharedConnection() throws SQLException {
        SQLException commit = assertThrows(SQLException.class, () -> transactions.required(c -> {
            insert(c, 3);
            c.commit();
            return 0;
        }));
        assertTrue(commit.getMessage().startsWith("commit inside a transaction"), commit.getMessage());
        assertEquals(0, count(), "the refused commit rolled the work back");
        int rows = transactions.required(c -> {
            insert(c, 4);
            c.close();  // a store's try-with-resources: the transaction goes on
            return transactions.required(inner -> insert(inner, 5)) + countOn(c);
        });
        assertEquals(3, rows);
        assertEquals(2, count());
    }

    @Test
    void eachThreadHasItsOwnTransaction() throws Exception {
        Object[] seen = new Object[1];
        transactions.required(c -> {
            insert(c, 8);
            Thread other = new Thread(() -> seen[0] = transactions.active());
            other.start();
            try {
                other.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return 0;
        });
        assertSame(Boolean.FALSE, seen[0], "another thread is not inside this thread's transaction");
        assertEquals(1, count());
    }

    private static int insert(Connection c, int v) throws SQLException {
        try (Statement s = c.createStatement()) {
            return s.executeUpdate("INSERT INTO tx_probe (v) VALUES (" + v + ")");
        }
    }

    private static int count() throws SQLException {
        try (Connection c = pool.getConnection()) {
            return countOn(c);
        }
    }

    private static int countOn(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM tx_probe")) {
            rs.next();
            return rs.getInt(1);
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

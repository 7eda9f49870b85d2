package vn.khaothi.bench.analytics;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.mariadb.jdbc.MariaDbDataSource;
import vn.khaothi.engine.infrastructure.database.EmbeddedDatabase;
import vn.khaothi.engine.infrastructure.database.SchemaMigrator;
import vn.khaothi.itembank.application.statistics.ItemStatisticsLedger;

/**
 * The bank's statistics after one more sitting of 50 items, on a real (embedded) MariaDB migrated
 * by Flyway: ours ({@link ItemStatisticsLedger}: that sitting's rows in, the running sums moved by the
 * difference) against the baseline that recomputes each item version's figures from its whole history
 * of sittings. Measured with 100 and 1,000 earlier sittings per item.
 */
final class LedgerBenchmark {

    private static final int ITEMS = 50;
    private static final int RUNS = 15;

    private LedgerBenchmark() {
    }

    static void run() throws Exception {
        Path dir = Path.of("bench/target").toAbsolutePath().resolve("ledger-bench-" + ProcessHandle.current().pid());
        Files.createDirectories(dir);
        EmbeddedDatabase db = EmbeddedDatabase.ensureStarted(dir);
        try {
            MariaDbDataSource ds = new MariaDbDataSource(db.jdbcUrl());
            ds.setUser(db.user());
            ds.setPassword(db.password());
            SchemaMigrator.migrate(ds, LedgerBenchmark.class.getClassLoader());
            try (Connection c = ds.getConnection()) {
                long[][] versions = seedItems(c);
                System.out.printf(Locale.ROOT, "%nBank statistics after one more sitting of %d items:%n", ITEMS);
                System.out.printf(Locale.ROOT, "%-22s %16s %20s %8s%n", "earlier sittings", "ours (ms)", "recompute (ms)", "ratio");
                long sitting = 1;
                SplittableRandom random = new SplittableRandom(15);
                for (int history : new int[] {100, 1_000}) {
                    while (sitting <= history) {
                        record(c, sitting++, versions, random);
                    }
                    double[] ours = new double[RUNS];
                    double[] naive = new double[RUNS];
                    for (int r = 0; r < RUNS; r++) {
                        long t0 = System.nanoTime();
                        record(c, sitting++, versions, random);
                        ours[r] = (System.nanoTime() - t0) / 1e6;
                        t0 = System.nanoTime();
                        recompute(c, sitting++, versions, random);
                        naive[r] = (System.nanoTime() - t0) / 1e6;
                    }
                    Arrays.sort(ours);
                    Arrays.sort(naive);
                    System.out.printf(Locale.ROOT, "%,16d       %16.1f %20.1f %7.1f×%n", history, ours[RUNS / 2], naive[RUNS / 2],
                            naive[RUNS / 2] / ours[RUNS / 2]);
                }
            }
        } finally {
            db.stop();
            try (var walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static List<ItemStatisticsLedger.Contribution> contributions(long[][] versions, SplittableRandom random) {
        List<ItemStatisticsLedger.Contribution> out = new ArrayList<>(ITEMS);
        for (long[] v : versions) {
            out.add(new ItemStatisticsLedger.Contribution(v[0], v[1], 30 + random.nextInt(20), random.nextDouble(),
                    random.nextDouble() - 0.2));
        }
        return out;
    }

    private static void record(Connection c, long sitting, long[][] versions, SplittableRandom random) throws SQLException {
        c.setAutoCommit(false);
        ItemStatisticsLedger.record(c, sitting, contributions(versions, random), Instant.now());
        c.commit();
        c.setAutoCommit(true);
    }

    /** The baseline: store the sitting's rows, then recompute every version's sums from all its sittings. */
    private static void recompute(Connection c, long sitting, long[][] versions, SplittableRandom random) throws SQLException {
        c.setAutoCommit(false);
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO bank_item_statistics_sitting (item_version_id, sitting_id,"
                + " responses, facility, discrimination, analysed_at) VALUES (?, ?, ?, ?, ?, UTC_TIMESTAMP(3))");
             PreparedStatement update = c.prepareStatement("""
                     UPDATE bank_item_statistics t JOIN (
                       SELECT item_version_id, COUNT(*) n, SUM(responses) r,
                              SUM(IF(facility IS NULL, 0, facility * responses)) fs, SUM(IF(facility IS NULL, 0, responses)) fw,
                              SUM(IF(discrimination IS NULL, 0, discrimination * responses)) ds,
                              SUM(IF(discrimination IS NULL, 0, responses)) dw
                         FROM bank_item_statistics_sitting WHERE item_version_id = ? GROUP BY item_version_id) h
                       ON h.item_version_id = t.item_version_id
                     SET t.sittings = h.n, t.responses = h.r, t.facility_sum = h.fs, t.facility_weight = h.fw,
                         t.discrimination_sum = h.ds, t.discrimination_weight = h.dw, t.updated_at = UTC_TIMESTAMP(3)""")) {
            for (ItemStatisticsLedger.Contribution x : contributions(versions, random)) {
                insert.setLong(1, x.itemVersionId());
                insert.setLong(2, sitting);
                insert.setInt(3, x.responses());
                insert.setDouble(4, x.facility());
                insert.setDouble(5, x.discrimination());
                insert.addBatch();
                update.setLong(1, x.itemVersionId());
                update.addBatch();
            }
            insert.executeBatch();
            update.executeBatch();
        }
        c.commit();
        c.setAutoCommit(true);
    }

    /** 50 items with one version each, in one chapter. Returns {itemId, versionId} pairs. */
    private static long[][] seedItems(Connection c) throws SQLException {
        long chapter;
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO bank_curriculum_node (subject_code, grade, parent_id, kind, code, title, position)"
                    + " VALUES ('MATH', 9, NULL, 'CHAPTER', 'B1', 'Bench', 1)", Statement.RETURN_GENERATED_KEYS);
            chapter = key(s);
        }
        long[][] out = new long[ITEMS][2];
        for (int i = 0; i < ITEMS; i++) {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO bank_item (subject_code, grade, chapter_id, item_type, level, status, points, name,"
                        + " stem_text, search_key, current_version, author, created_at, updated_at) VALUES ('MATH', 9, " + chapter
                        + ", 'SINGLE_CHOICE', 'NB', 'PUBLISHED', 0.25, 'b" + i + "', 'b', 'b', 1, 'bench', UTC_TIMESTAMP(3),"
                        + " UTC_TIMESTAMP(3))", Statement.RETURN_GENERATED_KEYS);
                out[i][0] = key(s);
                s.executeUpdate("INSERT INTO bank_item_version (item_id, version_no, level, content, created_by, created_at, note)"
                        + " VALUES (" + out[i][0] + ", 1, 'NB', '{}', 'bench', UTC_TIMESTAMP(3), '')",
                        Statement.RETURN_GENERATED_KEYS);
                out[i][1] = key(s);
            }
        }
        return out;
    }

    private static long key(Statement s) throws SQLException {
        try (ResultSet rs = s.getGeneratedKeys()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

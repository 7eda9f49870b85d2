package vn.khaothi.itembank.application.statistics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.khaothi.itembank.domain.statistics.ItemStatistics;

/**
 * The bank's running item statistics (sổ thống kê câu hỏi), kept incrementally: a sitting's
 * figures for an item version replace that sitting's previous figures (so analysing it again never
 * counts it twice) and the version's running sums move by the difference — one read and two writes
 * per item, whatever the history. Plain JDBC on the caller's connection and transaction, so the
 * engine (after a sitting's analysis) and the benchmark use it without a container.
 */
public final class ItemStatisticsLedger {

    /** One item version's figures in one sitting. */
    public record Contribution(long itemId, long itemVersionId, int responses, Double facility, Double discrimination) {
    }

    private ItemStatisticsLedger() {
    }

    /** Records a sitting's contributions; the caller commits. */
    public static void record(Connection c, long sittingId, List<Contribution> contributions, Instant at)
            throws SQLException {
        if (contributions.isEmpty()) {
            return;
        }
        Map<Long, Contribution> previous = previous(c, sittingId, contributions);
        Timestamp ts = Timestamp.from(at);
        try (PreparedStatement upsertSitting = c.prepareStatement("""
                INSERT INTO bank_item_statistics_sitting
                  (item_version_id, sitting_id, responses, facility, discrimination, analysed_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE
                  responses = VALUES(responses), facility = VALUES(facility),
                  discrimination = VALUES(discrimination), analysed_at = VALUES(analysed_at)""");
             PreparedStatement upsertTotal = c.prepareStatement("""
                INSERT INTO bank_item_statistics
                  (item_version_id, item_id, sittings, responses, facility_sum, facility_weight,
                  discrimination_sum, discrimination_weight, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE
                  sittings = sittings + VALUES(sittings), responses = responses + VALUES(responses),
                  facility_sum = facility_sum + VALUES(facility_sum), facility_weight = facility_weight + VALUES(facility_weight),
                  discrimination_sum = discrimination_sum + VALUES(discrimination_sum),
                  discrimination_weight = discrimination_weight + VALUES(discrimination_weight),
                  updated_at = VALUES(updated_at)""")) {
            for (Contribution now : contributions) {
                Contribution before = previous.get(now.itemVersionId());
                upsertSitting.setLong(1, now.itemVersionId());
                upsertSitting.setLong(2, sittingId);
                upsertSitting.setInt(3, now.responses());
                setDouble(upsertSitting, 4, now.facility());
                setDouble(upsertSitting, 5, now.discrimination());
                upsertSitting.setTimestamp(6, ts);
                upsertSitting.addBatch();
                upsertTotal.setLong(1, now.itemVersionId());
                upsertTotal.setLong(2, now.itemId());
                upsertTotal.setInt(3, before == null ? 1 : 0);
                upsertTotal.setInt(4, now.responses() - (before == null ? 0 : before.responses()));
                upsertTotal.setDouble(5, weighted(now, now.facility()) - weighted(before, before == null ? null : before.facility()));
                upsertTotal.setInt(6, weight(now, now.facility()) - weight(before, before == null ? null : before.facility()));
                upsertTotal.setDouble(7, weighted(now, now.discrimination())
                        - weighted(before, before == null ? null : before.discrimination()));
                upsertTotal.setInt(8, weight(now, now.discrimination())
                        - weight(before, before == null ? null : before.discrimination()));
                upsertTotal.setTimestamp(9, ts);
                upsertTotal.addBatch();
            }
            upsertSitting.executeBatch();
            upsertTotal.executeBatch();
        }
    }

    private static double weighted(Contribution c, Double value) {
        return c == null || value == null ? 0 : value * c.responses();
    }

    private static int weight(Contribution c, Double value) {
        return c == null || value == null ? 0 : c.responses();
    }

    private static void setDouble(PreparedStatement s, int i, Double v) throws SQLException {
        if (v == null) {
            s.setNull(i, java.sql.Types.DOUBLE);
        } else {
            s.setDouble(i, v);
        }
    }

    private static Map<Long, Contribution> previous(Connection c, long sittingId, List<Contribution> contributions)
            throws SQLException {
        Map<Long, Contribution> out = new HashMap<>();
        String in = contributions.stream().map(x -> "?").collect(Collectors.joining(","));
        try (PreparedStatement s = c.prepareStatement("""
                SELECT item_version_id,
                  responses, facility, discrimination
                  FROM bank_item_statistics_sitting WHERE sitting_id = ? AND item_version_id IN (%s) FOR UPDATE""".formatted(in))) {
            s.setLong(1, sittingId);
            int p = 2;
            for (Contribution x : contributions) {
                s.setLong(p++, x.itemVersionId());
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long v = rs.getLong(1);
                    out.put(v, new Contribution(0, v, rs.getInt(2), nullable(rs, 3), nullable(rs, 4)));
                }
            }
        }
        return out;
    }

    private static Double nullable(ResultSet rs, int i) throws SQLException {
        double v = rs.getDouble(i);
        return rs.wasNull() ? null : v;
    }

    /** The statistics of item versions (by bank_item_version.id); versions without any are absent. */
    public static Map<Long, ItemStatistics> of(Connection c, Collection<Long> itemVersionIds) throws SQLException {
        Map<Long, ItemStatistics> out = new HashMap<>();
        if (itemVersionIds.isEmpty()) {
            return out;
        }
        String in = itemVersionIds.stream().map(x -> "?").collect(Collectors.joining(","));
        try (PreparedStatement s = c.prepareStatement(sumsOf(in))) {
            int p = 1;
            for (long id : itemVersionIds) {
                s.setLong(p++, id);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), fromSums(rs.getInt(2), rs.getDouble(3), rs.getInt(4), rs.getDouble(5),
                            rs.getInt(6), rs.getInt(7), rs.getTimestamp(8).toInstant()));
                }
            }
        }
        return out;
    }

    /**
     * The running sums of the versions in {@code in} (a comma-separated list of ids or {@code ?}),
     * their columns in the order of {@link #fromSums} after the version id. One statement for
     * {@link BankStatistics} and {@link #of(Connection, Collection)}.
     */
    static String sumsOf(String in) {
        return """
                SELECT item_version_id,
                  responses, facility_sum, facility_weight, discrimination_sum, discrimination_weight, sittings,
                  updated_at
                  FROM bank_item_statistics WHERE item_version_id IN (%s)""".formatted(in);
    }

    /** The statistics from the running sums; a mean without weight is null. */
    public static ItemStatistics fromSums(int responses, double facilitySum, int facilityWeight, double discriminationSum,
                                          int discriminationWeight, int sittings, Instant updatedAt) {
        Double facility = facilityWeight > 0 ? clamp(facilitySum / facilityWeight, 0, 1) : null;
        Double discrimination = discriminationWeight > 0 ? clamp(discriminationSum / discriminationWeight, -1, 1) : null;
        return new ItemStatistics(responses, facility, discrimination, sittings, updatedAt);
    }

    /** Sums of doubles drift by ~1e-16 per update: keep the means inside their ranges. */
    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}

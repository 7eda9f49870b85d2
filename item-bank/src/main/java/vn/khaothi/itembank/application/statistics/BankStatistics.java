package vn.khaothi.itembank.application.statistics;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.khaothi.itembank.domain.statistics.ItemStatistics;

/** Reads the running item statistics ({@link ItemStatisticsLedger}) through the bank's entity manager. */
public final class BankStatistics {

    private BankStatistics() {
    }

    /** bank_item_version.id → statistics, for the versions that have any. */
    public static Map<Long, ItemStatistics> of(EntityManager em, Collection<Long> itemVersionIds) {
        Map<Long, ItemStatistics> out = new HashMap<>();
        if (itemVersionIds.isEmpty()) {
            return out;
        }
        String in = itemVersionIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(ItemStatisticsLedger.sumsOf(in)).getResultList();
        for (Object[] r : rows) {
            out.put(((Number) r[0]).longValue(), ItemStatisticsLedger.fromSums(((Number) r[1]).intValue(),
                    ((Number) r[2]).doubleValue(), ((Number) r[3]).intValue(), ((Number) r[4]).doubleValue(),
                    ((Number) r[5]).intValue(), ((Number) r[6]).intValue(), instant(r[7])));
        }
        return out;
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof LocalDateTime t) {
            return t.toInstant(ZoneOffset.UTC);
        }
        return value == null ? null : Instant.parse(value.toString());
    }
}

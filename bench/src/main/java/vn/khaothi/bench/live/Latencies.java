package vn.khaothi.bench.live;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Latencies in milliseconds, thread-safe. */
final class Latencies {
    private final List<Long> values = Collections.synchronizedList(new ArrayList<>());

    void add(long ms) {
        values.add(ms);
    }

    int count() {
        return values.size();
    }

    long p(double percentile) {
        return percentile(values, percentile);
    }

    static long percentile(List<Long> values, double percentile) {
        List<Long> sorted;
        synchronized (values) {
            sorted = new ArrayList<>(values);
        }
        if (sorted.isEmpty()) {
            return 0;
        }
        Collections.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}

package vn.khaothi.engine.domain.marking;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Blind-marking codes (số phách): one per attempt of a sitting, four or more digits, all different,
 * drawn at random so that a code says nothing about the class list order (which a marker could
 * otherwise reconstruct). The caller passes a {@link java.security.SecureRandom} in production.
 */
public final class BlindCodes {

    private BlindCodes() {
    }

    /** {@code count} distinct codes in random order, from a range at least ten times larger than needed. */
    public static List<String> draw(int count, Random random) {
        if (count < 0) {
            throw new IllegalArgumentException("count is 0 or more");
        }
        int width = Math.max(4, String.valueOf(count * 10L).length());
        int low = (int) Math.pow(10, width - 1);
        int high = (int) Math.min(Integer.MAX_VALUE, (long) Math.pow(10, width));
        List<Integer> pool = new ArrayList<>();
        java.util.Set<Integer> taken = new java.util.HashSet<>();
        while (pool.size() < count) {
            int n = low + random.nextInt(high - low);
            if (taken.add(n)) {
                pool.add(n);
            }
        }
        Collections.shuffle(pool, random);
        return pool.stream().map(String::valueOf).toList();
    }
}

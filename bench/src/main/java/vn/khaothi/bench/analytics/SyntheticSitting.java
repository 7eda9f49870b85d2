package vn.khaothi.bench.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import vn.khaothi.engine.domain.analytics.ItemSpec;

/**
 * A sitting as the database hands it to the analysis: per attempt and item the points earned, the
 * state and the option ids chosen (bank ids), for a mix of item types — single choice (4 options),
 * multiple response (4 options, partial credit), true/false cluster (quarters), short numeric (0/1)
 * and essays (half points). Seeded, so every run analyses the same data.
 */
final class SyntheticSitting {

    final List<ItemSpec> items = new ArrayList<>();
    final int attempts;
    final double[] points;
    final boolean[] answered;
    final String[][] chosen;

    SyntheticSitting(int attempts, int itemCount, long seed) {
        this.attempts = attempts;
        SplittableRandom random = new SplittableRandom(seed);
        List<String> abcd = List.of("A", "B", "C", "D");
        for (int i = 0; i < itemCount; i++) {
            switch (i % 5) {
                case 0, 1 -> items.add(new ItemSpec(i + 1, 1000 + i, 1, "SINGLE_CHOICE", 0.25, abcd, Set.of("B")));
                case 2 -> items.add(new ItemSpec(i + 1, 1000 + i, 1, "MULTIPLE_RESPONSE", 0.5, abcd, Set.of("A", "C")));
                case 3 -> items.add(new ItemSpec(i + 1, 1000 + i, 1, "TRUE_FALSE_CLUSTER", 1, List.of(), Set.of()));
                default -> items.add(new ItemSpec(i + 1, 1000 + i, 1, i % 10 == 4 ? "ESSAY" : "SHORT_NUMERIC", 1,
                        List.of(), Set.of()));
            }
        }
        points = new double[attempts * itemCount];
        answered = new boolean[attempts * itemCount];
        chosen = new String[attempts * itemCount][];
        for (int a = 0; a < attempts; a++) {
            double ability = random.nextDouble() * 4 - 2;
            for (int i = 0; i < itemCount; i++) {
                int at = a * itemCount + i;
                ItemSpec spec = items.get(i);
                double p = 1 / (1 + Math.exp(-(ability + (i % 7 - 3) * 0.5)));
                boolean blank = random.nextDouble() < 0.03;
                answered[at] = !blank;
                if (blank) {
                    chosen[at] = new String[0];
                    continue;
                }
                boolean right = random.nextDouble() < p;
                switch (spec.type()) {
                    case "SINGLE_CHOICE" -> {
                        chosen[at] = new String[] {right ? "B" : abcd.get(new int[] {0, 2, 3}[random.nextInt(3)])};
                        points[at] = right ? spec.maxPoints() : 0;
                    }
                    case "MULTIPLE_RESPONSE" -> {
                        chosen[at] = right ? new String[] {"A", "C"} : new String[] {"A", "D"};
                        points[at] = right ? spec.maxPoints() : spec.maxPoints() / 2;
                    }
                    case "TRUE_FALSE_CLUSTER" -> {
                        chosen[at] = new String[0];
                        points[at] = Math.min(4, Math.round(p * 4 + random.nextDouble() - 0.5)) / 4.0 * spec.maxPoints();
                    }
                    default -> {
                        chosen[at] = new String[0];
                        points[at] = spec.type().equals("ESSAY") ? Math.round(p * 2) / 2.0 : right ? 1 : 0;
                    }
                }
            }
        }
    }
}

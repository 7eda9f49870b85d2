package vn.khaothi.bench.assembly;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import vn.khaothi.itembank.application.assembly.AssemblyMode;
import vn.khaothi.itembank.application.assembly.AssemblyRequest;
import vn.khaothi.itembank.application.assembly.CandidateItem;
import vn.khaothi.itembank.application.assembly.ExposurePolicy;
import vn.khaothi.itembank.domain.blueprint.Blueprint;
import vn.khaothi.itembank.domain.blueprint.BlueprintCell;
import vn.khaothi.itembank.domain.blueprint.BlueprintPart;

/**
 * The benchmark instance, generated from a seed: a 10,000-item bank over 8 chapters × 4 levels × 3 item
 * types (70 % single choice), every item with a facility between 0.15 and 0.95, 20 % recently exposed,
 * 3 % with one to three enemies; a 40-item single-choice blueprint over the 8 × 4 cells (8 cells of 2
 * items, 24 of 1, 0.25 points each); 24 versions "101".."124" in parallel forms.
 */
public final class BenchInstance {

    public static final int BANK_SIZE = 10_000;
    public static final int VERSIONS = 24;
    static final List<String> LEVELS = List.of("NB", "TH", "VD", "VDC");
    static final List<String> TYPES = List.of("SINGLE_CHOICE", "TRUE_FALSE_CLUSTER", "SHORT_NUMERIC");

    private BenchInstance() {
    }

    public static AssemblyRequest request(long seed) {
        return new AssemblyRequest(blueprint(), bank(seed), AssemblyRequest.sequentialCodes(101, VERSIONS),
                AssemblyMode.PARALLEL_FORMS, ExposurePolicy.PREFER_FRESH, false, seed);
    }

    static Blueprint blueprint() {
        List<BlueprintCell> cells = new ArrayList<>();
        for (int chapter = 1; chapter <= 8; chapter++) {
            for (int level = 0; level < LEVELS.size(); level++) {
                int count = chapter <= 4 && level < 2 ? 2 : 1;
                cells.add(new BlueprintCell("CH" + chapter, LEVELS.get(level), "SINGLE_CHOICE", count,
                        new BigDecimal("0.25"), "outcome " + chapter + "." + level));
            }
        }
        return Blueprint.onTenPointScale(90, List.of(new BlueprintPart("I", "Single choice", cells)));
    }

    static List<CandidateItem> bank(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<CandidateItem> items = new ArrayList<>(BANK_SIZE);
        for (int k = 0; k < BANK_SIZE; k++) {
            long id = 100_000 + k;
            String chapter = "CH" + (1 + random.nextInt(8));
            String level = LEVELS.get(random.nextInt(LEVELS.size()));
            double roll = random.nextDouble();
            String type = roll < 0.70 ? TYPES.get(0) : roll < 0.85 ? TYPES.get(1) : TYPES.get(2);
            // Facility drifts with the level: knowing items are easier than high-application ones.
            double facility = clamp(0.85 - 0.15 * LEVELS.indexOf(level) + random.nextGaussian() * 0.12);
            int exposure = random.nextDouble() < 0.2 ? 1 + random.nextInt(3) : 0;
            Set<Long> enemies = new HashSet<>();
            if (random.nextDouble() < 0.03) {
                int n = 1 + random.nextInt(3);
                for (int e = 0; e < n; e++) {
                    long enemy = 100_000 + random.nextInt(BANK_SIZE);
                    if (enemy != id) {
                        enemies.add(enemy);
                    }
                }
            }
            boolean choice = type.equals(TYPES.get(0));
            boolean cluster = type.equals(TYPES.get(1));
            items.add(new CandidateItem(id, id * 10, true, chapter, level, type, facility, enemies, exposure,
                    choice || cluster ? 4 : 0, choice && random.nextInt(10) == 0 ? Set.of(3) : Set.of(), cluster,
                    choice ? Set.of(random.nextInt(4)) : Set.of()));
        }
        return items;
    }

    private static double clamp(double facility) {
        return Math.max(0.15, Math.min(0.95, facility));
    }
}

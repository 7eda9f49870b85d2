package vn.khaothi.itembank.application.assembly;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import vn.khaothi.itembank.domain.blueprint.Blueprint;
import vn.khaothi.itembank.domain.blueprint.BlueprintCell;
import vn.khaothi.itembank.domain.blueprint.BlueprintPart;

/** Seeded synthetic banks and blueprints for the assembly tests. */
final class TestBank {

    static final String SC = "SINGLE_CHOICE";
    static final String TF = "TRUE_FALSE_CLUSTER";
    static final String NUM = "SHORT_NUMERIC";
    static final List<String> LEVELS = List.of("NB", "TH", "VD", "VDC");

    private final Random random;
    private final List<CandidateItem> items = new ArrayList<>();
    private long nextId = 1000;
    private boolean withStatistics = true;
    private double exposedShare = 0;

    TestBank(long seed) {
        this.random = new Random(seed);
    }

    TestBank withoutStatistics() {
        withStatistics = false;
        return this;
    }

    TestBank exposed(double share) {
        exposedShare = share;
        return this;
    }

    /** Adds {@code n} items of one cell; single-choice items get 4 options, one correct, the last sometimes locked. */
    TestBank add(String chapter, String level, String type, int n) {
        for (int k = 0; k < n; k++) {
            long id = nextId++;
            int options = switch (type) {
                case SC -> 4;
                case TF -> 4;
                default -> 0;
            };
            Set<Integer> locked = type.equals(SC) && random.nextInt(5) == 0 ? Set.of(3) : Set.of();
            Set<Integer> correct = type.equals(SC) ? Set.of(random.nextInt(4)) : Set.of();
            Double difficulty = withStatistics ? 0.2 + 0.7 * random.nextDouble() : null;
            int exposure = random.nextDouble() < exposedShare ? 1 + random.nextInt(3) : 0;
            items.add(new CandidateItem(id, id * 10 + 1, true, chapter, level, type, difficulty, Set.of(), exposure,
                    options, locked, type.equals(TF), correct));
        }
        return this;
    }

    /** Adds {@code perCell} items to every cell of the blueprint. */
    TestBank fill(Blueprint blueprint, int perCell) {
        for (BlueprintCell cell : blueprint.cells()) {
            add(cell.chapter(), cell.level(), cell.itemType(), perCell);
        }
        return this;
    }

    List<CandidateItem> items() {
        return List.copyOf(items);
    }

    /** A copy of the item with other enemies. */
    static CandidateItem withEnemies(CandidateItem item, Set<Long> enemies) {
        return new CandidateItem(item.itemId(), item.versionId(), item.published(), item.chapter(), item.level(),
                item.type(), item.difficulty(), enemies, item.recentExposure(), item.optionCount(),
                item.lockedOptionIndexes(), item.keepOptionOrder(), item.correctOptionIndexes());
    }

    /**
     * The 2025 layout on 10 points: Part I 12 single choice (0.25 each) over 4 chapters × 3 levels, Part II
     * 4 true/false clusters (1 point each), Part III 6 short numeric answers (0.5 each).
     */
    static Blueprint format2025() {
        List<BlueprintCell> single = new ArrayList<>();
        for (int ch = 1; ch <= 4; ch++) {
            for (String level : List.of("NB", "TH", "VD")) {
                single.add(cell("C" + ch, level, SC, 1, "0.25"));
            }
        }
        List<BlueprintCell> clusters = List.of(cell("C1", "TH", TF, 2, "1"), cell("C2", "VD", TF, 2, "1"));
        List<BlueprintCell> numeric = List.of(cell("C3", "VD", NUM, 3, "0.5"), cell("C4", "VDC", NUM, 3, "0.5"));
        return Blueprint.onTenPointScale(90, List.of(new BlueprintPart("I", "Single choice", single),
                new BlueprintPart("II", "True/false", clusters), new BlueprintPart("III", "Short numeric", numeric)));
    }

    /** The benchmark's shape: 40 single-choice items over 8 chapters × 4 levels, 0.25 each. */
    static Blueprint chaptersByLevels() {
        List<BlueprintCell> cells = new ArrayList<>();
        for (int ch = 1; ch <= 8; ch++) {
            for (int l = 0; l < 4; l++) {
                cells.add(cell("C" + ch, LEVELS.get(l), SC, l < 2 && ch <= 4 ? 2 : 1, "0.25"));
            }
        }
        return Blueprint.onTenPointScale(90, List.of(new BlueprintPart("I", "Single choice", cells)));
    }

    static BlueprintCell cell(String chapter, String level, String type, int count, String points) {
        return new BlueprintCell(chapter, level, type, count, new BigDecimal(points), "outcome " + chapter + level);
    }

    static AssemblyRequest request(Blueprint blueprint, List<CandidateItem> items, int versions, AssemblyMode mode,
            long seed) {
        return new AssemblyRequest(blueprint, items, AssemblyRequest.sequentialCodes(101, versions), mode,
                ExposurePolicy.PREFER_FRESH, false, seed);
    }
}

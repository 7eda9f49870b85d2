package vn.khaothi.itembank.application.assembly;

import vn.khaothi.itembank.domain.statistics.FacilityBands;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import vn.khaothi.itembank.domain.blueprint.BlueprintCell;

/**
 * Assembles the versions (mã đề) of a paper from a blueprint (ma trận đề) and the published items of a
 * bank: exact counts per cell, no enemy pair in a version, fresh items first, items shuffled within
 * parts and options shuffled around locked ones, an answer key per version and, for parallel forms,
 * balanced mean difficulty. A plain library: no container, no database, no clock.
 *
 * <p>Determinism: every random choice comes from one {@link SplittableRandom} seeded by the request and
 * split in a fixed order (pool ranking first, then one stream per version in code order); candidates are
 * indexed by item id, so the same request gives the same paper whatever the order of its candidates.
 *
 * <p>Parallel forms with a thin cell: a cell with at least {@code count} but fewer than
 * {@code count × versions} items is reported as short ({@link CellShortage.Reason#TOO_FEW_FOR_PARALLEL_FORMS})
 * unless the request allows sharing; then only that cell shares items between versions, spread so that
 * each item serves as few versions as possible, and the other cells stay disjoint. Falling back to the
 * same items for the whole paper would throw away the parallelism of every healthy cell for one thin one.
 */
public final class PaperAssembler {

    /** Versions of parallel forms should not differ in mean facility by more than this. */
    public static final double DIFFICULTY_SPREAD_TARGET = 0.03;
    /** Balancing moves per form: caps the search without a clock, so the output never depends on speed. */
    private static final int MOVES_PER_FORM = 400;

    /**
     * @throws BlueprintUnmetException  when the bank cannot meet the blueprint, with every short cell
     * @throws IllegalArgumentException when a candidate is not published or appears twice
     */
    public AssemblyResult assemble(AssemblyRequest request) {
        SplittableRandom root = new SplittableRandom(request.seed());
        CandidatePool pool = CandidatePool.index(request, root.split());
        List<AssemblyWarning> warnings = new ArrayList<>();
        boolean parallel = request.mode() == AssemblyMode.PARALLEL_FORMS && request.versionCount() > 1;
        int formCount = parallel ? request.versionCount() : 1;
        FormSet forms = new FormBuilder(pool, formCount, request.allowSharedItems(), warnings).build();
        if (parallel) {
            new DifficultyBalancer(forms, pool, request.exposure()).balance(MOVES_PER_FORM * formCount);
        }
        VersionWriter writer = new VersionWriter(request.blueprint(), pool);
        List<PaperVersion> versions = new ArrayList<>();
        for (int v = 0; v < request.versionCount(); v++) {
            versions.add(writer.write(request.versionCodes().get(v), forms, parallel ? v : 0, root.split()));
        }
        if (request.exposure() == ExposurePolicy.PREFER_FRESH) {
            warnExposure(pool, forms, warnings);
        }
        Double spread = spread(versions);
        if (parallel) {
            warnDifficulty(pool, forms, spread, warnings);
        }
        warnCellDifficulty(pool, warnings);
        return new AssemblyResult(request.mode(), versions, spread, warnings);
    }

    private static Double spread(List<PaperVersion> versions) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (PaperVersion version : versions) {
            if (version.meanDifficulty() != null) {
                min = Math.min(min, version.meanDifficulty());
                max = Math.max(max, version.meanDifficulty());
            }
        }
        return min > max ? null : max - min;
    }

    private static void warnExposure(CandidatePool pool, FormSet forms, List<AssemblyWarning> warnings) {
        for (int c = 0; c < pool.cells.size(); c++) {
            int exposed = 0;
            for (int item : pool.ranked[c]) {
                if (forms.usage(item) > 0 && pool.items[item].recentExposure() > 0) {
                    exposed++;
                }
            }
            if (exposed > 0) {
                BlueprintCell cell = pool.cells.get(c);
                warnings.add(new AssemblyWarning(AssemblyWarning.Code.EXPOSED_ITEMS_USED, cell.key().toString(),
                        exposed + " recently used items, the cell has too few fresh ones"));
            }
        }
    }

    private static void warnDifficulty(CandidatePool pool, FormSet forms, Double spread,
            List<AssemblyWarning> warnings) {
        int used = 0;
        int known = 0;
        for (int i = 0; i < pool.size(); i++) {
            if (forms.usage(i) > 0) {
                used++;
                known += pool.known(i) ? 1 : 0;
            }
        }
        if (known == 0) {
            warnings.add(new AssemblyWarning(AssemblyWarning.Code.NO_DIFFICULTY_STATISTICS, null,
                    "no item has difficulty statistics; versions could not be balanced"));
        } else if (known < used) {
            warnings.add(new AssemblyWarning(AssemblyWarning.Code.PARTIAL_DIFFICULTY_STATISTICS, null,
                    (used - known) + " of " + used + " items have no statistics; mean difficulty covers the others"));
        }
        if (spread != null && spread > DIFFICULTY_SPREAD_TARGET) {
            warnings.add(new AssemblyWarning(AssemblyWarning.Code.DIFFICULTY_SPREAD_ABOVE_TARGET, null,
                    String.format(Locale.ROOT, "mean difficulty differs by %.4f between versions (target %.2f)",
                            spread, DIFFICULTY_SPREAD_TARGET)));
        }
    }

    /**
     * A cell whose items with statistics are all too hard (or all too easy) cannot give the level it
     * stands for, whatever the assembler picks: the subject group should write or revise items.
     */
    private static void warnCellDifficulty(CandidatePool pool, List<AssemblyWarning> warnings) {
        for (int c = 0; c < pool.cells.size(); c++) {
            int known = 0;
            int hard = 0;
            int easy = 0;
            for (int item : pool.ranked[c]) {
                if (pool.known(item)) {
                    known++;
                    hard += FacilityBands.tooHard(pool.difficulty[item]) ? 1 : 0;
                    easy += FacilityBands.tooEasy(pool.difficulty[item]) ? 1 : 0;
                }
            }
            String cell = pool.cells.get(c).key().toString();
            int all = pool.ranked[c].length;
            if (known > 0 && hard == known) {
                warnings.add(new AssemblyWarning(AssemblyWarning.Code.CELL_ITEMS_TOO_HARD, cell, String.format(Locale.ROOT,
                        "all %d of the cell's %d items with statistics have a facility below %.2f", known, all,
                        FacilityBands.TOO_HARD_BELOW)));
            } else if (known > 0 && easy == known) {
                warnings.add(new AssemblyWarning(AssemblyWarning.Code.CELL_ITEMS_TOO_EASY, cell, String.format(Locale.ROOT,
                        "all %d of the cell's %d items with statistics have a facility above %.2f", known, all,
                        FacilityBands.TOO_EASY_ABOVE)));
            }
        }
    }
}

package vn.khaothi.bench.assembly;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;

import vn.khaothi.itembank.application.assembly.AnswerKeyEntry;
import vn.khaothi.itembank.application.assembly.AssemblyRequest;
import vn.khaothi.itembank.application.assembly.AssemblyResult;
import vn.khaothi.itembank.application.assembly.CandidateItem;
import vn.khaothi.itembank.application.assembly.PaperVersion;
import vn.khaothi.itembank.application.assembly.PlacedItem;
import vn.khaothi.itembank.domain.blueprint.BlueprintCell;
import vn.khaothi.itembank.domain.blueprint.BlueprintPart;

/**
 * The baseline: the same parallel-forms instance as an OR-Tools CP-SAT model, solved under a time limit.
 *
 * <p>x[i][v] = item i in version v. Exact cell counts per version; each item in at most one version;
 * enemies never in one version; fresh items only when a cell has enough of them (as our
 * {@code PREFER_FRESH}). Every version has the same number of items, so balancing the mean facility is
 * balancing the facility sum: minimise max − min of the sums (facilities scaled to integers ×10,000).
 * Options are not shuffled here (identity orders): the comparison is about choosing and balancing items.
 */
public final class CpSatAssembler {

    private static final long SCALE = 10_000;

    /** The outcome: the paper (null when none was found), the solver status and the wall time. */
    public record Outcome(AssemblyResult result, String status, double seconds) {
    }

    public Outcome solve(AssemblyRequest request, double timeLimitSeconds, int workers) {
        Loader.loadNativeLibraries();
        long start = System.nanoTime();
        List<BlueprintCell> cells = request.blueprint().cells();
        int versions = request.versionCount();
        Map<Long, Integer> index = new HashMap<>();
        List<CandidateItem> usable = new ArrayList<>();
        List<List<Integer>> byCell = usableByCell(request, cells, usable, index);

        CpModel model = new CpModel();
        BoolVar[][] x = new BoolVar[usable.size()][versions];
        for (int i = 0; i < usable.size(); i++) {
            for (int v = 0; v < versions; v++) {
                x[i][v] = model.newBoolVar("x" + i + "_" + v);
            }
            model.addAtMostOne(x[i]);
        }
        for (int c = 0; c < cells.size(); c++) {
            for (int v = 0; v < versions; v++) {
                final int version = v;
                BoolVar[] members = byCell.get(c).stream().map(i -> x[i][version]).toArray(BoolVar[]::new);
                model.addEquality(LinearExpr.sum(members), cells.get(c).count());
            }
        }
        addEnemies(model, x, usable, index);
        addSpreadObjective(model, x, usable, request.blueprint().itemCount());

        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(timeLimitSeconds).setNumWorkers(workers)
                .setRandomSeed((int) request.seed()).setLogSearchProgress(Boolean.getBoolean("cpsat.log"))
                .setLinearizationLevel(Integer.getInteger("cpsat.linearization", 0))
                .setSymmetryLevel(Integer.getInteger("cpsat.symmetry", 0))
                .setCpModelPresolve(Boolean.parseBoolean(System.getProperty("cpsat.presolve", "false")));
        CpSolverStatus status = solver.solve(model);
        AssemblyResult result = null;
        if (status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE) {
            result = toResult(request, usable, byCell, x, solver);
        }
        return new Outcome(result, status.name(), (System.nanoTime() - start) / 1e9);
    }

    private static void addEnemies(CpModel model, BoolVar[][] x, List<CandidateItem> usable,
            Map<Long, Integer> index) {
        for (int i = 0; i < usable.size(); i++) {
            for (long enemyId : usable.get(i).enemyIds()) {
                Integer j = index.get(enemyId);
                if (j != null && j != i) {
                    for (int v = 0; v < x[i].length; v++) {
                        model.addAtMostOne(new BoolVar[] {x[i][v], x[j][v]});
                    }
                }
            }
        }
    }

    /** lo ≤ facility sum of every version ≤ hi; minimise hi − lo. */
    private static void addSpreadObjective(CpModel model, BoolVar[][] x, List<CandidateItem> usable, int items) {
        long maxSum = SCALE * items;
        IntVar lo = model.newIntVar(0, maxSum, "lo");
        IntVar hi = model.newIntVar(0, maxSum, "hi");
        long[] weights = usable.stream().mapToLong(item -> Math.round(item.difficulty() * SCALE)).toArray();
        int versions = usable.isEmpty() ? 0 : x[0].length;
        for (int v = 0; v < versions; v++) {
            BoolVar[] column = new BoolVar[usable.size()];
            for (int i = 0; i < usable.size(); i++) {
                column[i] = x[i][v];
            }
            LinearExpr sum = LinearExpr.weightedSum(column, weights);
            model.addLessOrEqual(sum, hi);
            model.addGreaterOrEqual(sum, lo);
        }
        model.minimize(LinearExpr.weightedSum(new IntVar[] {hi, lo}, new long[] {1, -1}));
    }

    /** Items of each cell that the model may use: fresh ones only when there are enough of them. */
    private static List<List<Integer>> usableByCell(AssemblyRequest request, List<BlueprintCell> cells,
            List<CandidateItem> usable, Map<Long, Integer> index) {
        List<List<Integer>> byCell = new ArrayList<>();
        for (BlueprintCell cell : cells) {
            List<CandidateItem> members = request.candidates().stream()
                    .filter(item -> item.cellKey().equals(cell.key())).toList();
            List<CandidateItem> fresh = members.stream().filter(item -> item.recentExposure() == 0).toList();
            List<CandidateItem> chosen = fresh.size() >= cell.count() * request.versionCount() ? fresh : members;
            List<Integer> indexes = new ArrayList<>();
            for (CandidateItem item : chosen) {
                index.put(item.itemId(), usable.size());
                indexes.add(usable.size());
                usable.add(item);
            }
            byCell.add(indexes);
        }
        return byCell;
    }

    private static AssemblyResult toResult(AssemblyRequest request, List<CandidateItem> usable,
            List<List<Integer>> byCell, BoolVar[][] x, CpSolver solver) {
        List<PaperVersion> versions = new ArrayList<>();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int v = 0; v < request.versionCount(); v++) {
            List<PlacedItem> placed = new ArrayList<>();
            List<AnswerKeyEntry> key = new ArrayList<>();
            BigDecimal total = BigDecimal.ZERO;
            double facility = 0;
            int c = 0;
            for (BlueprintPart part : request.blueprint().parts()) {
                for (BlueprintCell cell : part.cells()) {
                    for (int i : byCell.get(c++)) {
                        if (solver.booleanValue(x[i][v])) {
                            CandidateItem item = usable.get(i);
                            int position = placed.size() + 1;
                            List<Integer> identity = new ArrayList<>();
                            StringBuilder letters = new StringBuilder();
                            List<Integer> correct = new ArrayList<>();
                            for (int o = 0; o < item.optionCount(); o++) {
                                identity.add(o);
                                if (item.correctOptionIndexes().contains(o)) {
                                    correct.add(o);
                                    letters.append((char) ('A' + o));
                                }
                            }
                            placed.add(new PlacedItem(position, part.code(), item.itemId(), item.versionId(),
                                    cell.pointsEach(), identity));
                            key.add(new AnswerKeyEntry(position, item.itemId(), correct, letters.toString()));
                            total = total.add(cell.pointsEach());
                            facility += item.difficulty();
                        }
                    }
                }
            }
            double mean = facility / placed.size();
            min = Math.min(min, mean);
            max = Math.max(max, mean);
            versions.add(new PaperVersion(request.versionCodes().get(v), placed, key, total, mean));
        }
        return new AssemblyResult(request.mode(), versions, max - min, List.of());
    }
}

package vn.khaothi.itembank.application.assembly;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.khaothi.itembank.domain.blueprint.BlueprintCell;
import vn.khaothi.itembank.domain.blueprint.BlueprintPart;
import vn.khaothi.itembank.domain.blueprint.CellKey;

/**
 * Checks an assembled paper against its request, independently of how it was assembled: exact cell
 * counts in every version, parts in order, no enemy pair and no repeated item in a version, sharing
 * between versions only as the mode allows, option orders that are permutations keeping locked options
 * (and whole clusters) in place, answer keys that match the shuffled options, and the points.
 *
 * <p>The service runs it before storing a paper (fail loudly rather than print a wrong paper); tests and
 * the benchmark use it to judge any assembler, ours or a solver's.
 */
public final class AssemblyVerifier {

    /** Every violation found, in a stable order; empty when the paper is right. */
    public List<String> violations(AssemblyRequest request, AssemblyResult result) {
        Map<Long, CandidateItem> byId = request.candidates().stream()
                .collect(Collectors.toMap(CandidateItem::itemId, Function.identity(), (a, b) -> a));
        List<String> problems = new ArrayList<>();
        List<String> codes = result.versions().stream().map(PaperVersion::code).toList();
        if (!codes.equals(request.versionCodes())) {
            problems.add("version codes " + codes + " differ from the requested " + request.versionCodes());
        }
        for (PaperVersion version : result.versions()) {
            checkVersion(request, byId, version, problems);
        }
        checkSharing(request, byId, result, problems);
        return problems;
    }

    private void checkVersion(AssemblyRequest request, Map<Long, CandidateItem> byId, PaperVersion version,
            List<String> problems) {
        String v = "version " + version.code() + ": ";
        List<PlacedItem> items = version.items();
        if (items.size() != request.blueprint().itemCount()) {
            problems.add(v + items.size() + " items, the blueprint asks for " + request.blueprint().itemCount());
            return;
        }
        int position = 0;
        Set<Long> seen = new HashSet<>();
        BigDecimal total = BigDecimal.ZERO;
        for (BlueprintPart part : request.blueprint().parts()) {
            Map<CellKey, Integer> counts = new TreeMap<>();
            for (int k = 0; k < part.itemCount(); k++) {
                PlacedItem placed = items.get(position++);
                CandidateItem item = byId.get(placed.itemId());
                if (placed.position() != position || !part.code().equals(placed.part())) {
                    problems.add(v + "item " + placed.itemId() + " at position " + placed.position() + " part "
                            + placed.part() + ", expected position " + position + " part " + part.code());
                }
                if (item == null || !item.published() || item.versionId() != placed.versionId()) {
                    problems.add(v + "item " + placed.itemId() + " is not a published candidate in that version");
                    continue;
                }
                if (!seen.add(item.itemId())) {
                    problems.add(v + "item " + item.itemId() + " appears twice");
                }
                if (request.exposure() == ExposurePolicy.EXCLUDE_EXPOSED && item.recentExposure() > 0) {
                    problems.add(v + "item " + item.itemId() + " was recently used");
                }
                counts.merge(item.cellKey(), 1, Integer::sum);
                checkPoints(v, part, item, placed, problems);
                checkOptions(v, item, placed, problems);
                checkKey(v, item, placed, version.answerKey().get(position - 1), problems);
                total = total.add(placed.points());
            }
            checkCounts(v, part, counts, problems);
        }
        checkEnemies(v, byId, items, problems);
        if (total.compareTo(request.blueprint().totalPoints()) != 0
                || version.totalPoints().compareTo(request.blueprint().totalPoints()) != 0) {
            problems.add(v + "total points " + version.totalPoints() + ", items add up to " + total
                    + ", the blueprint " + request.blueprint().totalPoints());
        }
    }

    private static void checkCounts(String v, BlueprintPart part, Map<CellKey, Integer> counts,
            List<String> problems) {
        Map<CellKey, Integer> expected = new TreeMap<>();
        part.cells().forEach(cell -> expected.put(cell.key(), cell.count()));
        if (!counts.equals(expected)) {
            problems.add(v + "part " + part.code() + " holds " + counts + ", the blueprint asks for " + expected);
        }
    }

    private static void checkPoints(String v, BlueprintPart part, CandidateItem item, PlacedItem placed,
            List<String> problems) {
        for (BlueprintCell cell : part.cells()) {
            if (cell.key().equals(item.cellKey()) && cell.pointsEach().compareTo(placed.points()) != 0) {
                problems.add(v + "item " + item.itemId() + " worth " + placed.points() + ", its cell says "
                        + cell.pointsEach());
            }
        }
    }

    private static void checkOptions(String v, CandidateItem item, PlacedItem placed, List<String> problems) {
        List<Integer> order = placed.optionOrder();
        if (order.size() != item.optionCount() || new HashSet<>(order).size() != order.size()
                || order.stream().anyMatch(o -> o < 0 || o >= item.optionCount())) {
            problems.add(v + "item " + item.itemId() + " option order " + order + " is not a permutation of "
                    + item.optionCount() + " options");
            return;
        }
        for (int i = 0; i < order.size(); i++) {
            boolean fixed = item.keepOptionOrder() || item.lockedOptionIndexes().contains(i);
            if (fixed && order.get(i) != i) {
                problems.add(v + "item " + item.itemId() + " option " + i + " must stay in place, order " + order);
            }
        }
    }

    private static void checkKey(String v, CandidateItem item, PlacedItem placed, AnswerKeyEntry entry,
            List<String> problems) {
        List<Integer> expected = new ArrayList<>();
        StringBuilder letters = new StringBuilder();
        for (int shown = 0; shown < placed.optionOrder().size(); shown++) {
            if (item.correctOptionIndexes().contains(placed.optionOrder().get(shown))) {
                expected.add(shown);
                letters.append((char) ('A' + shown));
            }
        }
        if (entry.position() != placed.position() || entry.itemId() != item.itemId()
                || !entry.correctPositions().equals(expected) || !entry.letters().equals(letters.toString())) {
            problems.add(v + "key at position " + placed.position() + " is " + entry + ", expected " + expected
                    + " " + letters);
        }
    }

    private static void checkEnemies(String v, Map<Long, CandidateItem> byId, List<PlacedItem> items,
            List<String> problems) {
        Set<Long> ids = items.stream().map(PlacedItem::itemId).collect(Collectors.toSet());
        for (PlacedItem placed : items) {
            CandidateItem item = byId.get(placed.itemId());
            if (item == null) {
                continue;
            }
            for (long enemy : item.enemyIds()) {
                if (ids.contains(enemy)) {
                    problems.add(v + "enemies " + item.itemId() + " and " + enemy + " share the version");
                }
            }
        }
    }

    /** Same items: every version holds one set. Parallel forms: sharing only as far as a thin cell forces. */
    private static void checkSharing(AssemblyRequest request, Map<Long, CandidateItem> byId, AssemblyResult result,
            List<String> problems) {
        Map<Long, Integer> uses = new TreeMap<>();
        result.versions().forEach(version -> version.items()
                .forEach(item -> uses.merge(item.itemId(), 1, Integer::sum)));
        int versions = result.versions().size();
        Map<CellKey, Integer> maxUses = new HashMap<>();
        for (BlueprintCell cell : request.blueprint().cells()) {
            long available = request.candidates().stream().filter(c -> c.cellKey().equals(cell.key()))
                    .filter(c -> request.exposure() != ExposurePolicy.EXCLUDE_EXPOSED || c.recentExposure() == 0)
                    .count();
            int needed = cell.count() * versions;
            boolean shares = available < needed && request.allowSharedItems();
            maxUses.put(cell.key(), shares ? (int) ((needed + available - 1) / available) : 1);
        }
        for (Map.Entry<Long, Integer> entry : uses.entrySet()) {
            CandidateItem item = byId.get(entry.getKey());
            if (item == null) {
                continue;
            }
            int allowed = request.mode() == AssemblyMode.SAME_ITEMS ? versions
                    : maxUses.getOrDefault(item.cellKey(), 1);
            boolean wrong = request.mode() == AssemblyMode.SAME_ITEMS ? entry.getValue() != versions
                    : entry.getValue() > allowed;
            if (wrong) {
                problems.add("item " + entry.getKey() + " is used by " + entry.getValue() + " versions, allowed "
                        + (request.mode() == AssemblyMode.SAME_ITEMS ? "exactly " : "at most ") + allowed);
            }
        }
    }
}

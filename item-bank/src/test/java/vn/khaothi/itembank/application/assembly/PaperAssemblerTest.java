package vn.khaothi.itembank.application.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import vn.khaothi.itembank.domain.blueprint.Blueprint;
import vn.khaothi.itembank.domain.blueprint.BlueprintPart;

class PaperAssemblerTest {

    private final PaperAssembler assembler = new PaperAssembler();
    private final AssemblyVerifier verifier = new AssemblyVerifier();

    private AssemblyResult assembleValid(AssemblyRequest request) {
        AssemblyResult result = assembler.assemble(request);
        assertEquals(List.of(), verifier.violations(request, result));
        return result;
    }

    @Test
    void parallelFormsMeetTheBlueprintWithDisjointBalancedVersions() {
        Blueprint blueprint = TestBank.format2025();
        List<CandidateItem> bank = new TestBank(1).fill(blueprint, 80).items();
        AssemblyRequest request = TestBank.request(blueprint, bank, 24, AssemblyMode.PARALLEL_FORMS, 7);

        AssemblyResult result = assembleValid(request);

        assertEquals(AssemblyRequest.sequentialCodes(101, 24), result.versions().stream().map(PaperVersion::code).toList());
        Set<Long> used = new HashSet<>();
        for (PaperVersion version : result.versions()) {
            assertEquals(22, version.items().size());
            assertEquals(0, version.totalPoints().compareTo(BigDecimal.TEN));
            version.items().forEach(item -> assertTrue(used.add(item.itemId()), "item reused " + item.itemId()));
        }
        assertNotNull(result.difficultySpread());
        assertTrue(result.difficultySpread() <= PaperAssembler.DIFFICULTY_SPREAD_TARGET, "spread " + result.difficultySpread());
        assertFalse(result.hasWarning(AssemblyWarning.Code.DIFFICULTY_SPREAD_ABOVE_TARGET));
    }

    @Test
    void sameItemsModeReshufflesOneSetOfItems() {
        Blueprint blueprint = TestBank.format2025();
        List<CandidateItem> bank = new TestBank(2).fill(blueprint, 5).items();
        AssemblyResult result = assembleValid(TestBank.request(blueprint, bank, 4, AssemblyMode.SAME_ITEMS, 3));

        Set<List<Long>> orders = new HashSet<>();
        Set<Set<Long>> sets = new HashSet<>();
        for (PaperVersion version : result.versions()) {
            List<Long> ids = version.items().stream().map(PlacedItem::itemId).toList();
            orders.add(ids);
            sets.add(new HashSet<>(ids));
        }
        assertEquals(1, sets.size(), "one set of items");
        assertTrue(orders.size() > 1, "versions are shuffled differently");
        assertEquals(0.0, result.difficultySpread());
    }

    @Test
    void itemsMoveWithinTheirPartOnly() {
        Blueprint blueprint = TestBank.format2025();
        List<CandidateItem> bank = new TestBank(3).fill(blueprint, 4).items();
        Map<Long, String> typeOf = bank.stream().collect(Collectors.toMap(CandidateItem::itemId, CandidateItem::type));
        AssemblyResult result = assembleValid(TestBank.request(blueprint, bank, 6, AssemblyMode.SAME_ITEMS, 11));
        for (PaperVersion version : result.versions()) {
            List<String> types = version.items().stream().map(item -> typeOf.get(item.itemId())).toList();
            List<String> expected = new ArrayList<>();
            expected.addAll(java.util.Collections.nCopies(12, TestBank.SC));
            expected.addAll(java.util.Collections.nCopies(4, TestBank.TF));
            expected.addAll(java.util.Collections.nCopies(6, TestBank.NUM));
            assertEquals(expected, types, "parts keep their order in version " + version.code());
        }
    }

    @Test
    void lockedOptionsStayWhileTheOthersAreShuffled() {
        Blueprint blueprint = TestBank.format2025();
        List<CandidateItem> bank = new ArrayList<>(new TestBank(4).fill(blueprint, 3).items());
        CandidateItem first = bank.get(0);
        // Leave the first item alone in its cell (C1/NB single choice), so that every version holds it.
        bank.removeIf(item -> item != first && item.cellKey().equals(first.cellKey()));
        CandidateItem locked = new CandidateItem(first.itemId(), first.versionId(), true, first.chapter(), first.level(),
                first.type(), 0.5, Set.of(), 0, 5, Set.of(4), false, Set.of(4));
        bank.set(bank.indexOf(first), locked);
        AssemblyResult result = assembleValid(TestBank.request(blueprint, bank, 24, AssemblyMode.SAME_ITEMS, 5));

        Set<List<Integer>> orders = new HashSet<>();
        for (PaperVersion version : result.versions()) {
            PlacedItem placed = version.items().stream().filter(i -> i.itemId() == locked.itemId()).findFirst().orElseThrow();
            assertEquals(4, placed.optionOrder().get(4), "'all of the above' keeps its place");
            orders.add(placed.optionOrder());
            AnswerKeyEntry key = version.answerKey().get(placed.position() - 1);
            assertEquals("E", key.letters());
        }
        assertTrue(orders.size() > 1, "the unlocked options are shuffled");
    }

    @Test
    void trueFalseStatementsKeepTheirOrderAndTheCallerFillsTheirKey() {
        Blueprint blueprint = TestBank.format2025();
        List<CandidateItem> bank = new TestBank(5).fill(blueprint, 50).items();
        Set<Long> clusters = bank.stream().filter(i -> i.type().equals(TestBank.TF)).map(CandidateItem::itemId)
                .collect(Collectors.toSet());
        AssemblyResult result = assembleValid(TestBank.request(blueprint, bank, 10, AssemblyMode.PARALLEL_FORMS, 5));
        int seen = 0;
        for (PaperVersion version : result.versions()) {
            for (PlacedItem item : version.items()) {
                if (clusters.contains(item.itemId())) {
                    seen++;
                    assertEquals(List.of(0, 1, 2, 3), item.optionOrder());
                    assertTrue(version.answerKey().get(item.position() - 1).filledByCaller());
                }
            }
        }
        assertEquals(40, seen);
    }

    @Test
    void singleChoiceKeysAreLettersInTheShuffledOrder() {
        Blueprint blueprint = TestBank.format2025();
        List<CandidateItem> bank = new TestBank(6).fill(blueprint, 30).items();
        Map<Long, CandidateItem> byId = bank.stream().collect(Collectors.toMap(CandidateItem::itemId, i -> i));
        AssemblyResult result = assembleValid(TestBank.request(blueprint, bank, 8, AssemblyMode.PARALLEL_FORMS, 9));
        Map<String, Integer> letters = new HashMap<>();
        for (PaperVersion version : result.versions()) {
            for (PlacedItem item : version.items().subList(0, 12)) {
                int correct = byId.get(item.itemId()).correctOptionIndexes().iterator().next();
                String letter = String.valueOf((char) ('A' + item.optionOrder().indexOf(correct)));
                assertEquals(letter, version.answerKey().get(item.position() - 1).letters());
                letters.merge(letter, 1, Integer::sum);
            }
        }
        assertEquals(4, letters.size(), "the key uses every letter: " + letters);
    }

    @Test
    void enemiesNeverShareAVersion() {
        Blueprint blueprint = TestBank.chaptersByLevels();
        List<CandidateItem> plain = new TestBank(8).fill(blueprint, 30).items();
        // Every item is the enemy of the items 1, 7 and 30 ids further on: across cells and within cells.
        List<CandidateItem> bank = new ArrayList<>();
        for (CandidateItem item : plain) {
            long id = item.itemId();
            bank.add(TestBank.withEnemies(item, Set.of(id + 1, id + 7, id + 30)));
        }
        AssemblyRequest request = TestBank.request(blueprint, bank, 12, AssemblyMode.PARALLEL_FORMS, 13);
        AssemblyResult result = assembleValid(request);
        Set<Long> enemyOfSomething = new HashSet<>();
        bank.forEach(item -> enemyOfSomething.addAll(item.enemyIds()));
        for (PaperVersion version : result.versions()) {
            Set<Long> ids = version.items().stream().map(PlacedItem::itemId).collect(Collectors.toSet());
            for (CandidateItem item : bank) {
                if (ids.contains(item.itemId())) {
                    item.enemyIds().forEach(enemy -> assertFalse(ids.contains(enemy), item.itemId() + " with " + enemy));
                }
            }
        }
    }

    @Test
    void freshItemsComeFirstAndForcedReuseIsReported() {
        Blueprint blueprint = TestBank.chaptersByLevels();
        List<CandidateItem> bank = new TestBank(9).exposed(0.5).fill(blueprint, 50).items();
        AssemblyRequest request = TestBank.request(blueprint, bank, 2, AssemblyMode.PARALLEL_FORMS, 1);
        AssemblyResult fresh = assembleValid(request);
        Map<Long, CandidateItem> byId = bank.stream().collect(Collectors.toMap(CandidateItem::itemId, i -> i));
        fresh.versions().forEach(v -> v.items().forEach(i -> assertEquals(0, byId.get(i.itemId()).recentExposure())));
        assertFalse(fresh.hasWarning(AssemblyWarning.Code.EXPOSED_ITEMS_USED));

        AssemblyRequest many = TestBank.request(blueprint, bank, 24, AssemblyMode.PARALLEL_FORMS, 1);
        AssemblyResult forced = assembleValid(many);
        assertTrue(forced.hasWarning(AssemblyWarning.Code.EXPOSED_ITEMS_USED), forced.warnings().toString());
    }

    @Test
    void excludingExposedItemsMakesThemUnavailable() {
        Blueprint blueprint = TestBank.chaptersByLevels();
        List<CandidateItem> bank = new TestBank(10).exposed(0.5).fill(blueprint, 30).items();
        AssemblyRequest request = new AssemblyRequest(blueprint, bank, AssemblyRequest.sequentialCodes(1, 24),
                AssemblyMode.PARALLEL_FORMS, ExposurePolicy.EXCLUDE_EXPOSED, false, 1);
        BlueprintUnmetException error = assertThrows(BlueprintUnmetException.class, () -> assembler.assemble(request));
        assertEquals(32, error.shortages().size(), "every cell needs 24 or 48 items and has about 15 fresh ones");
    }

    @Test
    void withoutStatisticsTheSpreadIsUnknownAndSaidSo() {
        Blueprint blueprint = TestBank.format2025();
        List<CandidateItem> bank = new TestBank(11).withoutStatistics().fill(blueprint, 20).items();
        AssemblyResult result = assembleValid(TestBank.request(blueprint, bank, 4, AssemblyMode.PARALLEL_FORMS, 1));
        assertNull(result.difficultySpread());
        assertTrue(result.hasWarning(AssemblyWarning.Code.NO_DIFFICULTY_STATISTICS));
        result.versions().forEach(v -> assertNull(v.meanDifficulty()));
    }

    @Test
    void withPartialStatisticsTheMeansCoverTheItemsThatHaveThem() {
        Blueprint blueprint = TestBank.chaptersByLevels();
        List<CandidateItem> withStats = new TestBank(14).fill(blueprint, 40).items();
        List<CandidateItem> without = new TestBank(15).withoutStatistics().fill(blueprint, 40).items();
        List<CandidateItem> bank = new ArrayList<>(withStats);
        // Other ids for the second half, so that both halves can be candidates together.
        without.forEach(item -> bank.add(new CandidateItem(item.itemId() + 1_000_000, item.versionId(), true,
                item.chapter(), item.level(), item.type(), null, Set.of(), 0, item.optionCount(),
                item.lockedOptionIndexes(), false, item.correctOptionIndexes())));
        AssemblyResult result = assembleValid(TestBank.request(blueprint, bank, 12, AssemblyMode.PARALLEL_FORMS, 6));
        assertTrue(result.hasWarning(AssemblyWarning.Code.PARTIAL_DIFFICULTY_STATISTICS), result.warnings().toString());
        assertTrue(result.difficultySpread() <= PaperAssembler.DIFFICULTY_SPREAD_TARGET, "spread " + result.difficultySpread());
    }

    @Test
    void aSpreadTheBankCannotAvoidIsReported() {
        Blueprint blueprint = Blueprint.onTenPointScale(45, List.of(new BlueprintPart(
                "I", "Essay", List.of(TestBank.cell("C1", "VD", "ESSAY", 1, "10")))));
        List<CandidateItem> bank = List.of(
                new CandidateItem(1, 1, true, "C1", "VD", "ESSAY", 0.2, Set.of(), 0, 0, Set.of(), false, Set.of()),
                new CandidateItem(2, 2, true, "C1", "VD", "ESSAY", 0.8, Set.of(), 0, 0, Set.of(), false, Set.of()));
        AssemblyResult result = assembleValid(TestBank.request(blueprint, bank, 2, AssemblyMode.PARALLEL_FORMS, 1));
        assertEquals(0.6, result.difficultySpread(), 1e-9);
        assertTrue(result.hasWarning(AssemblyWarning.Code.DIFFICULTY_SPREAD_ABOVE_TARGET), result.warnings().toString());
    }

    @Test
    void onlyPublishedItemsAreAccepted() {
        Blueprint blueprint = TestBank.format2025();
        List<CandidateItem> bank = new ArrayList<>(new TestBank(12).fill(blueprint, 2).items());
        CandidateItem first = bank.get(0);
        bank.set(0, new CandidateItem(first.itemId(), first.versionId(), false, first.chapter(), first.level(),
                first.type(), first.difficulty(), Set.of(), 0, first.optionCount(), Set.of(), false, Set.of()));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> assembler.assemble(TestBank.request(blueprint, bank, 1, AssemblyMode.SAME_ITEMS, 1)));
        assertTrue(error.getMessage().contains(Long.toString(first.itemId())), error.getMessage());
    }

    @Test
    void explicitVersionCodesAreKeptInOrder() {
        Blueprint blueprint = TestBank.format2025();
        List<CandidateItem> bank = new TestBank(13).fill(blueprint, 10).items();
        List<String> codes = List.of("A7", "B3", "132");
        AssemblyRequest request = new AssemblyRequest(blueprint, bank, codes, AssemblyMode.PARALLEL_FORMS,
                ExposurePolicy.IGNORE, false, 4);
        assertEquals(codes, assembleValid(request).versions().stream().map(PaperVersion::code).toList());
        assertThrows(IllegalArgumentException.class, () -> new AssemblyRequest(blueprint, bank, List.of("1", "1"),
                AssemblyMode.SAME_ITEMS, ExposurePolicy.IGNORE, false, 4));
    }
}

package vn.khaothi.itembank.application.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

import vn.khaothi.itembank.domain.blueprint.Blueprint;
import vn.khaothi.itembank.domain.blueprint.BlueprintCell;

class DeterminismAndPropertiesTest {

    private final PaperAssembler assembler = new PaperAssembler();
    private final AssemblyVerifier verifier = new AssemblyVerifier();

    @Test
    void theSameRequestGivesTheSamePaperWhateverTheCandidateOrder() {
        Blueprint blueprint = TestBank.chaptersByLevels();
        List<CandidateItem> bank = new TestBank(31).exposed(0.2).fill(blueprint, 60).items();
        List<CandidateItem> reordered = new ArrayList<>(bank);
        Collections.shuffle(reordered, new Random(99));

        AssemblyResult first = assembler.assemble(TestBank.request(blueprint, bank, 24, AssemblyMode.PARALLEL_FORMS, 42));
        AssemblyResult again = assembler.assemble(TestBank.request(blueprint, bank, 24, AssemblyMode.PARALLEL_FORMS, 42));
        AssemblyResult shuffledInput = assembler.assemble(
                TestBank.request(blueprint, reordered, 24, AssemblyMode.PARALLEL_FORMS, 42));
        AssemblyResult otherSeed = assembler.assemble(TestBank.request(blueprint, bank, 24, AssemblyMode.PARALLEL_FORMS, 43));

        assertEquals(first, again);
        assertEquals(first, shuffledInput);
        assertNotEquals(first.versions(), otherSeed.versions());
    }

    @Test
    void enemySetsInAnyIterationOrderGiveTheSamePaper() {
        Blueprint blueprint = TestBank.format2025();
        List<CandidateItem> plain = new TestBank(32).fill(blueprint, 40).items();
        List<CandidateItem> bank = new ArrayList<>();
        List<CandidateItem> sameEnemiesOtherSets = new ArrayList<>();
        for (CandidateItem item : plain) {
            Set<Long> enemies = Set.of(item.itemId() + 3, item.itemId() + 5, item.itemId() + 11);
            bank.add(TestBank.withEnemies(item, enemies));
            sameEnemiesOtherSets.add(TestBank.withEnemies(item, new HashSet<>(List.of(item.itemId() + 11,
                    item.itemId() + 5, item.itemId() + 3))));
        }
        assertEquals(assembler.assemble(TestBank.request(blueprint, bank, 12, AssemblyMode.PARALLEL_FORMS, 8)),
                assembler.assemble(TestBank.request(blueprint, sameEnemiesOtherSets, 12, AssemblyMode.PARALLEL_FORMS, 8)));
    }

    /**
     * Random banks, blueprints, modes, policies and enemy densities: the assembler either returns a paper
     * that satisfies every constraint, or reports exactly the cells that the bank cannot fill.
     */
    @RepeatedTest(40)
    void anyRequestGivesAValidPaperOrAnExactShortageReport(RepetitionInfo repetition) {
        Random random = new Random(1000L + repetition.getCurrentRepetition());
        Blueprint blueprint = random.nextBoolean() ? TestBank.format2025() : TestBank.chaptersByLevels();
        int versions = 1 + random.nextInt(12);
        AssemblyMode mode = random.nextBoolean() ? AssemblyMode.PARALLEL_FORMS : AssemblyMode.SAME_ITEMS;
        ExposurePolicy exposure = ExposurePolicy.values()[random.nextInt(3)];
        boolean sharing = random.nextBoolean();
        TestBank bankBuilder = new TestBank(random.nextLong()).exposed(random.nextDouble() * 0.5);
        for (BlueprintCell cell : blueprint.cells()) {
            bankBuilder.add(cell.chapter(), cell.level(), cell.itemType(), random.nextInt(cell.count() * versions + 6));
        }
        List<CandidateItem> bank = withRandomEnemies(bankBuilder.items(), random, random.nextDouble() * 0.01);
        AssemblyRequest request = new AssemblyRequest(blueprint, bank, AssemblyRequest.sequentialCodes(101, versions),
                mode, exposure, sharing, random.nextLong());
        try {
            AssemblyResult result = assembler.assemble(request);
            assertEquals(List.of(), verifier.violations(request, result));
            assertEquals(result, assembler.assemble(request), "deterministic");
        } catch (BlueprintUnmetException unmet) {
            assertShortagesAreReal(request, unmet.shortages());
        }
    }

    /** Well-stocked banks with statistics: parallel forms always land within the difficulty target. */
    @RepeatedTest(15)
    void parallelFormsStayWithinTheDifficultyTarget(RepetitionInfo repetition) {
        Random random = new Random(2000L + repetition.getCurrentRepetition());
        Blueprint blueprint = random.nextBoolean() ? TestBank.format2025() : TestBank.chaptersByLevels();
        int versions = 2 + random.nextInt(23);
        List<CandidateItem> bank = new TestBank(random.nextLong()).fill(blueprint, 3 * versions + random.nextInt(40))
                .items();
        AssemblyRequest request = TestBank.request(blueprint, bank, versions, AssemblyMode.PARALLEL_FORMS,
                random.nextLong());
        AssemblyResult result = assembler.assemble(request);
        assertEquals(List.of(), verifier.violations(request, result));
        double min = result.versions().stream().mapToDouble(PaperVersion::meanDifficulty).min().orElseThrow();
        double max = result.versions().stream().mapToDouble(PaperVersion::meanDifficulty).max().orElseThrow();
        assertEquals(max - min, result.difficultySpread(), 1e-12);
        assertTrue(max - min <= PaperAssembler.DIFFICULTY_SPREAD_TARGET, "spread " + (max - min));
    }

    private static List<CandidateItem> withRandomEnemies(List<CandidateItem> items, Random random, double density) {
        List<CandidateItem> out = new ArrayList<>();
        for (CandidateItem item : items) {
            Set<Long> enemies = new HashSet<>();
            for (CandidateItem other : items) {
                if (other.itemId() != item.itemId() && random.nextDouble() < density) {
                    enemies.add(other.itemId());
                }
            }
            out.add(TestBank.withEnemies(item, enemies));
        }
        return out;
    }

    /** A reported cell really is short in the way the report says (enemy conflicts: there are enemies). */
    private static void assertShortagesAreReal(AssemblyRequest request, List<CellShortage> shortages) {
        assertTrue(!shortages.isEmpty());
        int forms = request.mode() == AssemblyMode.PARALLEL_FORMS ? request.versionCount() : 1;
        for (BlueprintCell cell : request.blueprint().cells()) {
            long available = request.candidates().stream().filter(c -> c.cellKey().equals(cell.key()))
                    .filter(c -> request.exposure() != ExposurePolicy.EXCLUDE_EXPOSED || c.recentExposure() == 0)
                    .count();
            boolean tooFew = available < cell.count();
            boolean tooFewForForms = !tooFew && available < (long) cell.count() * forms && !request.allowSharedItems();
            List<CellShortage> reported = shortages.stream().filter(s -> s.chapter().equals(cell.chapter())
                    && s.level().equals(cell.level()) && s.type().equals(cell.itemType())).toList();
            if (shortages.stream().anyMatch(s -> s.reason() == CellShortage.Reason.ENEMY_CONFLICTS)) {
                assertTrue(request.candidates().stream().anyMatch(c -> !c.enemyIds().isEmpty()));
                continue;
            }
            if (tooFew || tooFewForForms) {
                if (reported.size() != 1) {
                    fail("cell " + cell.key() + " is short but reported " + reported + " in " + shortages);
                }
                assertEquals(available, reported.get(0).available());
                assertEquals(tooFew ? cell.count() : cell.count() * forms, reported.get(0).needed());
            } else {
                assertEquals(List.of(), reported, "cell " + cell.key() + " is not short");
            }
        }
    }
}

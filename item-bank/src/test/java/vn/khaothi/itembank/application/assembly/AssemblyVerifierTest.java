package vn.khaothi.itembank.application.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import vn.khaothi.itembank.domain.blueprint.Blueprint;

/** The verifier must catch each broken rule, or the other tests that rely on it prove nothing. */
class AssemblyVerifierTest {

    private final Blueprint blueprint = TestBank.format2025();
    private final List<CandidateItem> bank = bankWithALockedOption();
    private final AssemblyRequest request = TestBank.request(blueprint, bank, 3, AssemblyMode.PARALLEL_FORMS, 17);
    private final AssemblyResult valid = new PaperAssembler().assemble(request);
    private final AssemblyVerifier verifier = new AssemblyVerifier();

    private static List<CandidateItem> bankWithALockedOption() {
        List<CandidateItem> items = new ArrayList<>(new TestBank(41).fill(TestBank.format2025(), 12).items());
        CandidateItem first = items.get(0);
        items.set(0, new CandidateItem(first.itemId(), first.versionId(), true, first.chapter(), first.level(),
                first.type(), first.difficulty(), Set.of(items.get(12).itemId()), 0, 4, Set.of(3), false, Set.of(0)));
        return items;
    }

    private List<String> violationsAfter(UnaryOperator<PaperVersion> change) {
        List<PaperVersion> versions = new ArrayList<>(valid.versions());
        versions.set(0, change.apply(versions.get(0)));
        return verifier.violations(request, new AssemblyResult(valid.mode(), versions, valid.difficultySpread(),
                valid.warnings()));
    }

    private static PaperVersion replaceItem(PaperVersion version, int index, PlacedItem item) {
        List<PlacedItem> items = new ArrayList<>(version.items());
        items.set(index, item);
        return new PaperVersion(version.code(), items, version.answerKey(), version.totalPoints(),
                version.meanDifficulty());
    }

    private CandidateItem candidate(long id) {
        return bank.stream().filter(item -> item.itemId() == id).findFirst().orElseThrow();
    }

    @Test
    void aValidPaperHasNoViolations() {
        assertEquals(List.of(), verifier.violations(request, valid));
    }

    @Test
    void anItemOfAnotherCellBreaksTheCounts() {
        PlacedItem first = valid.versions().get(0).items().get(0);
        CandidateItem other = bank.stream().filter(c -> c.type().equals(TestBank.SC))
                .filter(c -> !c.cellKey().equals(candidate(first.itemId()).cellKey())).findFirst().orElseThrow();
        List<String> problems = violationsAfter(v -> replaceItem(v, 0, new PlacedItem(1, "I", other.itemId(),
                other.versionId(), first.points(), List.of(0, 1, 2, 3))));
        assertTrue(problems.stream().anyMatch(p -> p.contains("the blueprint asks for")), problems.toString());
    }

    /** Version 0 with the locked item (bank item 0) in its cell's slot, showing its options in {@code order}. */
    private PaperVersion withLockedItem(PaperVersion v, List<Integer> order) {
        CandidateItem locked = bank.get(0);
        PlacedItem slot = v.items().stream().filter(i -> candidate(i.itemId()).cellKey().equals(locked.cellKey()))
                .findFirst().orElseThrow();
        return replaceItem(v, slot.position() - 1, new PlacedItem(slot.position(), slot.part(), locked.itemId(),
                locked.versionId(), slot.points(), order));
    }

    @Test
    void aMovedLockedOptionIsCaught() {
        List<String> problems = violationsAfter(v -> withLockedItem(v, List.of(3, 0, 1, 2)));
        assertTrue(problems.stream().anyMatch(p -> p.contains("option 3 must stay in place")), problems.toString());
    }

    @Test
    void aWrongKeyLetterIsCaught() {
        List<String> problems = violationsAfter(v -> {
            List<AnswerKeyEntry> key = new ArrayList<>(v.answerKey());
            AnswerKeyEntry entry = key.get(0);
            String wrong = entry.letters().equals("A") ? "B" : "A";
            key.set(0, new AnswerKeyEntry(entry.position(), entry.itemId(), List.of(wrong.charAt(0) - 'A'), wrong));
            return new PaperVersion(v.code(), v.items(), key, v.totalPoints(), v.meanDifficulty());
        });
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("key at position 1"), problems.toString());
    }

    @Test
    void enemiesInOneVersionAndItemsReusedAcrossVersionsAreCaught() {
        PaperVersion second = valid.versions().get(1);
        List<PlacedItem> items = new ArrayList<>(second.items());
        List<String> problems = violationsAfter(v -> new PaperVersion(v.code(), items, second.answerKey(),
                v.totalPoints(), v.meanDifficulty()));
        assertTrue(problems.stream().anyMatch(p -> p.contains("is used by 2 versions")), problems.toString());

        CandidateItem enemy = bank.get(12);
        List<String> withEnemies = violationsAfter(v -> {
            PaperVersion holder = withLockedItem(v, List.of(0, 1, 2, 3));
            PlacedItem slot = holder.items().stream().filter(i -> candidate(i.itemId()).cellKey()
                    .equals(enemy.cellKey())).findFirst().orElseThrow();
            return replaceItem(holder, slot.position() - 1, new PlacedItem(slot.position(), slot.part(),
                    enemy.itemId(), enemy.versionId(), slot.points(), slot.optionOrder()));
        });
        assertTrue(withEnemies.stream().anyMatch(p -> p.contains("share the version")), withEnemies.toString());
    }
}

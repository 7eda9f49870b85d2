package vn.khaothi.itembank.application.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.khaothi.itembank.domain.blueprint.Blueprint;
import vn.khaothi.itembank.domain.blueprint.BlueprintCell;

/** Issue 15: the assembler warns when a cell's items with statistics are all too hard or all too easy. */
class CellDifficultyWarningTest {

    @Test
    void aCellWhoseKnownItemsAreAllTooHardOrTooEasyIsNamed() {
        Blueprint blueprint = TestBank.format2025();
        BlueprintCell hardCell = blueprint.cells().get(0);
        BlueprintCell easyCell = blueprint.cells().get(1);
        List<CandidateItem> bank = new ArrayList<>();
        int unknownInHard = 0;
        for (CandidateItem item : new TestBank(5).fill(blueprint, 8).items()) {
            if (item.cellKey().equals(hardCell.key())) {
                // One item without statistics does not hide the others' verdict.
                Double facility = unknownInHard++ == 0 ? null : 0.12;
                bank.add(withFacility(item, facility));
            } else if (item.cellKey().equals(easyCell.key())) {
                bank.add(withFacility(item, 0.96));
            } else {
                bank.add(item);
            }
        }
        AssemblyResult result = new PaperAssembler().assemble(TestBank.request(blueprint, bank, 2,
                AssemblyMode.PARALLEL_FORMS, 11));
        List<AssemblyWarning> hard = result.warnings().stream()
                .filter(w -> w.code() == AssemblyWarning.Code.CELL_ITEMS_TOO_HARD).toList();
        List<AssemblyWarning> easy = result.warnings().stream()
                .filter(w -> w.code() == AssemblyWarning.Code.CELL_ITEMS_TOO_EASY).toList();
        assertEquals(List.of(hardCell.key().toString()), hard.stream().map(AssemblyWarning::cell).toList());
        assertTrue(hard.get(0).message().contains("all 7 of the cell's 8 items"), hard.get(0).message());
        assertEquals(List.of(easyCell.key().toString()), easy.stream().map(AssemblyWarning::cell).toList());
    }

    @Test
    void noWarningWhenTheCellHasAnItemInRange() {
        Blueprint blueprint = TestBank.format2025();
        BlueprintCell cell = blueprint.cells().get(0);
        List<CandidateItem> bank = new ArrayList<>();
        boolean first = true;
        for (CandidateItem item : new TestBank(6).fill(blueprint, 8).items()) {
            if (item.cellKey().equals(cell.key())) {
                bank.add(withFacility(item, first ? 0.5 : 0.1));
                first = false;
            } else {
                bank.add(item);
            }
        }
        AssemblyResult result = new PaperAssembler().assemble(TestBank.request(blueprint, bank, 2,
                AssemblyMode.PARALLEL_FORMS, 11));
        assertTrue(result.warnings().stream().noneMatch(w -> w.code() == AssemblyWarning.Code.CELL_ITEMS_TOO_HARD),
                result.warnings().toString());
    }

    private static CandidateItem withFacility(CandidateItem item, Double facility) {
        return new CandidateItem(item.itemId(), item.versionId(), item.published(), item.chapter(), item.level(),
                item.type(), facility, item.enemyIds(), item.recentExposure(), item.optionCount(),
                item.lockedOptionIndexes(), item.keepOptionOrder(), item.correctOptionIndexes());
    }
}

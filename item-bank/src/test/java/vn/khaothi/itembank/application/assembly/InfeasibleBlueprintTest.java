package vn.khaothi.itembank.application.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.khaothi.itembank.domain.blueprint.Blueprint;

class InfeasibleBlueprintTest {

    private final PaperAssembler assembler = new PaperAssembler();

    /** The 2025 blueprint over a bank that lacks items in three cells, in different parts. */
    private static List<CandidateItem> thinBank() {
        TestBank bank = new TestBank(21);
        Blueprint blueprint = TestBank.format2025();
        blueprint.cells().forEach(cell -> {
            int n = switch (cell.chapter() + cell.level() + cell.itemType()) {
                case "C2THSINGLE_CHOICE" -> 0;
                case "C1THTRUE_FALSE_CLUSTER" -> 1;
                case "C4VDCSHORT_NUMERIC" -> 1;
                default -> 3;
            };
            bank.add(cell.chapter(), cell.level(), cell.itemType(), n);
        });
        return bank.items();
    }

    @Test
    void everyShortCellIsReportedNotJustTheFirst() {
        AssemblyRequest request = TestBank.request(TestBank.format2025(), thinBank(), 1, AssemblyMode.SAME_ITEMS, 1);
        BlueprintUnmetException error = assertThrows(BlueprintUnmetException.class, () -> assembler.assemble(request));
        assertEquals(List.of(
                new CellShortage("C2", "TH", TestBank.SC, 1, 0, CellShortage.Reason.TOO_FEW_ITEMS),
                new CellShortage("C1", "TH", TestBank.TF, 2, 1, CellShortage.Reason.TOO_FEW_ITEMS),
                new CellShortage("C4", "VDC", TestBank.NUM, 3, 1, CellShortage.Reason.TOO_FEW_ITEMS)),
                error.shortages());
    }

    @Test
    void parallelFormsNeedCountTimesVersionsItemsPerCell() {
        List<CandidateItem> bank = new TestBank(22).fill(TestBank.format2025(), 3).items();
        AssemblyRequest request = TestBank.request(TestBank.format2025(), bank, 4, AssemblyMode.PARALLEL_FORMS, 1);
        BlueprintUnmetException error = assertThrows(BlueprintUnmetException.class, () -> assembler.assemble(request));
        // Every cell has 3 items and needs count × 4: 4 for single choice, 8 for clusters, 12 for numeric.
        assertEquals(16, error.shortages().size());
        for (CellShortage shortage : error.shortages()) {
            assertEquals(CellShortage.Reason.TOO_FEW_FOR_PARALLEL_FORMS, shortage.reason());
            assertEquals(3, shortage.available());
            int count = switch (shortage.type()) {
                case TestBank.SC -> 1;
                case TestBank.TF -> 2;
                default -> 3;
            };
            assertEquals(count * 4, shortage.needed(), shortage.toString());
        }
    }

    @Test
    void aCellShortForEvenOneVersionIsReportedAlongsideParallelShortages() {
        List<CandidateItem> bank = thinBank();
        AssemblyRequest request = TestBank.request(TestBank.format2025(), bank, 2, AssemblyMode.PARALLEL_FORMS, 1);
        BlueprintUnmetException error = assertThrows(BlueprintUnmetException.class, () -> assembler.assemble(request));
        long tooFew = error.shortages().stream().filter(s -> s.reason() == CellShortage.Reason.TOO_FEW_ITEMS).count();
        long parallel = error.shortages().stream()
                .filter(s -> s.reason() == CellShortage.Reason.TOO_FEW_FOR_PARALLEL_FORMS).count();
        assertEquals(3, tooFew);
        assertEquals(2, parallel, "C2/VD true/false (3 of 4) and C3/VD numeric (3 of 6) are short for two forms; "
                + error.shortages());
    }

    @Test
    void whenSharingIsAllowedOnlyThinCellsShareItems() {
        Blueprint blueprint = TestBank.format2025();
        TestBank bank = new TestBank(23);
        blueprint.cells().forEach(cell -> bank.add(cell.chapter(), cell.level(), cell.itemType(),
                cell.chapter().equals("C1") ? 5 : 40));
        AssemblyRequest request = new AssemblyRequest(blueprint, bank.items(), AssemblyRequest.sequentialCodes(101, 12),
                AssemblyMode.PARALLEL_FORMS, ExposurePolicy.PREFER_FRESH, true, 3);
        AssemblyResult result = assembler.assemble(request);
        assertEquals(List.of(), new AssemblyVerifier().violations(request, result));
        List<AssemblyWarning> shared = result.warnings().stream()
                .filter(w -> w.code() == AssemblyWarning.Code.ITEMS_SHARED_BETWEEN_VERSIONS).toList();
        assertEquals(List.of("C1 / NB / SINGLE_CHOICE", "C1 / TH / SINGLE_CHOICE", "C1 / VD / SINGLE_CHOICE",
                "C1 / TH / TRUE_FALSE_CLUSTER"), shared.stream().map(AssemblyWarning::cell).toList());
        // C1/TH true/false: 5 items for 12 × 2 uses → each used by at most 5 versions.
        assertTrue(shared.get(3).message().contains("at most 5"), shared.get(3).message());
    }

    @Test
    void enemiesThatLeaveNoRoomAreReportedAsSuch() {
        Blueprint blueprint = TestBank.format2025();
        TestBank exact = new TestBank(24);
        blueprint.cells().forEach(cell -> exact.add(cell.chapter(), cell.level(), cell.itemType(), cell.count()));
        List<CandidateItem> plain = exact.items();
        // Every cell has exactly its count; the C1/NB item is the enemy of the C1/TH one: no paper can hold both.
        List<CandidateItem> bank = new ArrayList<>(plain);
        bank.set(0, TestBank.withEnemies(plain.get(0), Set.of(plain.get(1).itemId())));
        AssemblyRequest request = TestBank.request(blueprint, bank, 1, AssemblyMode.SAME_ITEMS, 1);
        BlueprintUnmetException error = assertThrows(BlueprintUnmetException.class, () -> assembler.assemble(request));
        assertEquals(1, error.shortages().size());
        assertEquals(CellShortage.Reason.ENEMY_CONFLICTS, error.shortages().get(0).reason());
        assertTrue(error.getMessage().contains("C1 / TH / SINGLE_CHOICE"), error.getMessage());
    }
}

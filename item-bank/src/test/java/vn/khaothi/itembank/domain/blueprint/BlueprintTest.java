package vn.khaothi.itembank.domain.blueprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class BlueprintTest {

    private static BlueprintCell cell(String chapter, String level, String type, int count, String points) {
        return new BlueprintCell(chapter, level, type, count, new BigDecimal(points), "spec");
    }

    @Test
    void pointsMustAddUpToTheTenPointScale() {
        BlueprintPart part = new BlueprintPart("I", "Single choice", List.of(cell("C1", "NB", "SINGLE_CHOICE", 39, "0.25")));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Blueprint.onTenPointScale(45, List.of(part)));
        assertTrue(error.getMessage().contains("9.75"), error.getMessage());
    }

    @Test
    void aBlueprintOnTenPointsKeepsItsPartsAndTotals() {
        Blueprint blueprint = Blueprint.onTenPointScale(90, List.of(
                new BlueprintPart("I", "Single choice", List.of(cell("C1", "NB", "SINGLE_CHOICE", 18, "0.25"))),
                new BlueprintPart("II", "True/false", List.of(cell("C2", "TH", "TRUE_FALSE_CLUSTER", 4, "1"))),
                new BlueprintPart("III", "Short numeric", List.of(cell("C3", "VD", "SHORT_NUMERIC", 6, "0.25")))));
        assertEquals(0, blueprint.totalPoints().compareTo(BigDecimal.TEN));
        assertEquals(28, blueprint.itemCount());
        assertEquals(List.of("I", "II", "III"), blueprint.parts().stream().map(BlueprintPart::code).toList());
        assertEquals(3, blueprint.cells().size());
    }

    @Test
    void decimalPointsAreExactNotBinary() {
        // 0.1 × 100 is exactly 10 in BigDecimal, not 9.99999… as in double.
        Blueprint blueprint = Blueprint.onTenPointScale(60, List.of(
                new BlueprintPart("I", "", List.of(cell("C1", "NB", "SINGLE_CHOICE", 100, "0.1")))));
        assertEquals(100, blueprint.itemCount());
    }

    @Test
    void aCellMayNotAppearTwice() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Blueprint.onTenPointScale(60,
                List.of(new BlueprintPart("I", "", List.of(cell("C1", "NB", "SINGLE_CHOICE", 20, "0.25"))),
                        new BlueprintPart("II", "", List.of(cell("C1", "NB", "SINGLE_CHOICE", 20, "0.25"))))));
        assertTrue(error.getMessage().contains("C1 / NB / SINGLE_CHOICE"), error.getMessage());
    }

    @Test
    void partCodesAreDistinctAndPartsNotEmpty() {
        assertThrows(IllegalArgumentException.class, () -> new BlueprintPart("I", "", List.of()));
        assertThrows(IllegalArgumentException.class, () -> Blueprint.onTenPointScale(60,
                List.of(new BlueprintPart("I", "", List.of(cell("C1", "NB", "SINGLE_CHOICE", 20, "0.25"))),
                        new BlueprintPart("I", "", List.of(cell("C2", "NB", "SINGLE_CHOICE", 20, "0.25"))))));
    }

    @Test
    void cellsNeedAPositiveCountAndPositivePoints() {
        assertThrows(IllegalArgumentException.class, () -> cell("C1", "NB", "SINGLE_CHOICE", 0, "0.25"));
        assertThrows(IllegalArgumentException.class, () -> cell("C1", "NB", "SINGLE_CHOICE", 4, "0"));
        assertThrows(IllegalArgumentException.class, () -> cell(" ", "NB", "SINGLE_CHOICE", 4, "0.25"));
        assertThrows(IllegalArgumentException.class, () -> Blueprint.onTenPointScale(0,
                List.of(new BlueprintPart("I", "", List.of(cell("C1", "NB", "SINGLE_CHOICE", 40, "0.25"))))));
    }

    @Test
    void flatCellsAreGroupedInThe2025PartOrder() {
        Blueprint blueprint = Blueprint.fromCells(90, BigDecimal.TEN, List.of(
                cell("C1", "VD", "ESSAY", 1, "1"),
                cell("C2", "TH", "SHORT_NUMERIC", 6, "0.25"),
                cell("C1", "TH", "TRUE_FALSE_CLUSTER", 4, "1"),
                cell("C1", "NB", "SINGLE_CHOICE", 12, "0.25"),
                cell("C2", "NB", "SINGLE_CHOICE", 2, "0.25")));
        assertEquals(List.of("SINGLE_CHOICE", "TRUE_FALSE_CLUSTER", "SHORT_NUMERIC", "ESSAY"),
                blueprint.parts().stream().map(BlueprintPart::title).toList());
        assertEquals(List.of("I", "II", "III", "IV"), blueprint.parts().stream().map(BlueprintPart::code).toList());
        assertEquals(14, blueprint.parts().get(0).itemCount());
    }
}

package vn.khaothi.engine.infrastructure.paper;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.khaothi.itembank.domain.blueprint.BlueprintCell;

/** The stored form of blueprints: what older rows hold must read back, and what is written must not drift. */
class BlueprintJsonTest {

    private static final List<BlueprintCell> CELLS = List.of(
            new BlueprintCell("C1", "NB", "MCQ", 8, new BigDecimal("0.25"), "Nhận biết số hữu tỉ"),
            new BlueprintCell("C2", "VD", "ESSAY", 1, new BigDecimal("2.0"), null));

    @Test
    void cellsAreStoredWithTheApiFieldNames() {
        assertEquals("[{\"chapter\":\"C1\",\"level\":\"NB\",\"type\":\"MCQ\",\"count\":8,\"pointsEach\":0.25,"
                        + "\"specification\":\"Nhận biết số hữu tỉ\"},{\"chapter\":\"C2\",\"level\":\"VD\",\"type\":\"ESSAY\","
                        + "\"count\":1,\"pointsEach\":2.0,\"specification\":\"\"}]",
                BlueprintJson.cells(CELLS).toString());
        assertEquals("{\"durationMinutes\":45,\"cells\":" + BlueprintJson.cells(CELLS) + "}", BlueprintJson.paper(45, CELLS));
    }

    @Test
    void storedCellsReadBackAsWritten() {
        List<BlueprintCell> read = BlueprintJson.readCells(BlueprintJson.cells(CELLS).toString());
        assertEquals(CELLS, read);
        assertEquals("2.0", read.get(1).pointsEach().toString(), "the scale is kept, so the API shows what was saved");
        assertEquals(BlueprintJson.cells(CELLS).toString(), BlueprintJson.cells(read).toString());
    }

    @Test
    void aRowWrittenWithoutASpecificationReadsAsAnEmptyOne() {
        List<BlueprintCell> read = BlueprintJson.readCells(
                "[{\"chapter\":\"C1\",\"level\":\"TH\",\"type\":\"TRUE_FALSE\",\"count\":2,\"pointsEach\":1}]");
        assertEquals(List.of(new BlueprintCell("C1", "TH", "TRUE_FALSE", 2, BigDecimal.ONE, "")), read);
    }
}

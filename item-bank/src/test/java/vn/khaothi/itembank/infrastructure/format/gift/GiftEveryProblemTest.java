package vn.khaothi.itembank.infrastructure.format.gift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.khaothi.itembank.application.importing.ImportMessage;
import vn.khaothi.itembank.application.importing.ImportProgressListener;
import vn.khaothi.itembank.application.importing.ImportResult;
import vn.khaothi.itembank.application.importing.ItemFormat;
import vn.khaothi.itembank.infrastructure.format.Formats;

/** Issue 17, point 12: a file with two bad questions reports both, whichever stage found each. */
class GiftEveryProblemTest {

    @Test
    void twoBadQuestionsAreBothReportedWithTheirLines() {
        String gift = "::Q1:: Một cộng ba bằng? {#bốn}\n\n"
                + "::Q2:: Hai cộng hai bằng? {=4 ~5}\n\n"
                + "::Q3:: Chọn số chẵn {~1 ~3 ~5}\n";
        ImportResult r = Formats.importer().run(ItemFormat.ofCode("gift"), gift.getBytes(StandardCharsets.UTF_8),
                ImportProgressListener.NONE);
        assertFalse(r.accepted());
        List<Integer> lines = r.problems().stream().map(ImportMessage::line).distinct().toList();
        assertEquals(List.of(1, 5), lines, r.problems().toString());
    }
}

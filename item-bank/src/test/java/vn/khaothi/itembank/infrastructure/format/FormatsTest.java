package vn.khaothi.itembank.infrastructure.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.khaothi.itembank.application.importing.ImportResult;
import vn.khaothi.itembank.application.importing.ItemFormat;
import vn.khaothi.itembank.application.importing.ItemReader;

class FormatsTest {

    @Test
    void everyFormatHasOneReaderAndTheExportFormatsAWriter() {
        assertEquals(Set.of(ItemFormat.values()), Formats.readers().stream().map(ItemReader::format).collect(Collectors.toSet()));
        assertEquals(ItemFormat.QTI21, Formats.writer(ItemFormat.ofCode("qti21")).format());
        assertThrows(IllegalArgumentException.class, () -> Formats.writer(ItemFormat.AIKEN));
        assertThrows(IllegalArgumentException.class, () -> ItemFormat.ofCode("csv"));
    }

    @Test
    void theImporterDispatchesByFormat() {
        ImportResult r = Formats.importer().run(ItemFormat.ofCode("moodle-xml"),
                PeerFixtures.bytes("moodle/xml/truefalse.xml"), null);
        assertTrue(r.accepted(), r.problems().toString());
        assertEquals(2, r.items().size());
    }
}

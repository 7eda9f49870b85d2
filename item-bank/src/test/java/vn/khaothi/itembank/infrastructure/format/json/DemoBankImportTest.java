package vn.khaothi.itembank.infrastructure.format.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.khaothi.itembank.application.importing.ItemFormat;
import vn.khaothi.itembank.application.importing.ImportResult;
import vn.khaothi.itembank.application.importing.ItemImport;

/** The demo bank shipped with the application is written in khaothi-json and must import whole. */
class DemoBankImportTest {

    @Test
    void demoMathBankImportsWithEveryItemValid() throws IOException {
        byte[] bank;
        try (InputStream in = getClass().getResourceAsStream("/vn/khaothi/itembank/demo/math9.json")) {
            assertNotNull(in, "demo bank math9.json on the classpath");
            bank = in.readAllBytes();
        }
        AtomicInteger lastProgress = new AtomicInteger();
        ImportResult r = new ItemImport(List.of(new KhaothiJsonReader()))
                .run(ItemFormat.KHAOTHI_JSON, bank, (parsed, total) -> lastProgress.set(parsed));
        assertTrue(r.accepted(), r.problems().toString());
        assertEquals("MATH", r.subject());
        assertEquals(9, r.grade());
        assertTrue(r.items().size() >= 200, "at least 200 items, has " + r.items().size());
        assertTrue(r.chapters().size() >= 6);
        assertEquals(r.items().size(), lastProgress.get());
    }
}

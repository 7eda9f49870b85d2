package vn.khaothi.itembank.infrastructure.format.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import vn.khaothi.itembank.application.importing.ImportResult;
import vn.khaothi.itembank.application.importing.ItemFormat;
import vn.khaothi.itembank.infrastructure.format.Formats;
import vn.khaothi.itembank.infrastructure.format.ZipGuard;

/** Issue 11, finding 3: a 100 KB zip that unpacks to 100 MiB, or holds 20,000 entries, is refused in words. */
class ZipBombTest {

    /** One entry of zeros: 100 MiB deflate to about 100 KB. */
    static byte[] bomb(String entryName, int mebibytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entryName));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < mebibytes; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    static byte[] manyEntries(int count) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < count; i++) {
                zip.putNextEntry(new ZipEntry("e" + i + ".xml"));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void theGuardMeasuresWhatIsUnpackedNotWhatTheHeadersSay() throws IOException {
        byte[] bomb = bomb("item.xml", 100);
        assertTrue(bomb.length < 200_000, "the bomb is small: " + bomb.length);
        assertTrue(ZipGuard.problem(bomb).orElseThrow().contains("MiB"));
        assertTrue(ZipGuard.problem(manyEntries(20_000)).orElseThrow().contains("entries"));
        assertEquals(java.util.Optional.empty(), ZipGuard.problem(bomb("item.xml", 1)));
    }

    @Test
    void qtiPackageBombIsAnImportProblem() throws IOException {
        ImportResult r = Formats.importer().run(ItemFormat.QTI21, bomb("items/item1.xml", 100), null);
        assertFalse(r.accepted());
        assertTrue(r.problems().get(0).message().contains("64 MiB"), r.problems().toString());
        ImportResult many = Formats.importer().run(ItemFormat.QTI21, manyEntries(20_000), null);
        assertFalse(many.accepted());
        assertTrue(many.problems().get(0).message().contains("10,000"), many.problems().toString());
    }

    @Test
    void docxBombIsAnImportProblem() throws IOException {
        ImportResult r = Formats.importer().run(ItemFormat.DOCX, bomb("word/document.xml", 100), null);
        assertFalse(r.accepted());
        assertTrue(r.problems().get(0).message().contains("64 MiB"), r.problems().toString());
    }

    @Test
    void aBrokenZipIsSaidInWords() {
        byte[] broken = "PK\u0003\u0004 this is not really a zip".getBytes(StandardCharsets.ISO_8859_1);
        for (ItemFormat f : new ItemFormat[] {ItemFormat.QTI21, ItemFormat.DOCX}) {
            ImportResult r = Formats.importer().run(f, broken, null);
            assertFalse(r.accepted());
            String message = r.problems().toString();
            assertFalse(message.matches("(?s).*\\b(java|org|jakarta)\\.[a-z]+\\..*") || message.contains("Exception"), message);
        }
    }
}

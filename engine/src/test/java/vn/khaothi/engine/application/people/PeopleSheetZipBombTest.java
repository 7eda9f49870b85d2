package vn.khaothi.engine.application.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Issue 11, finding 3: an .xlsx that unpacks to 100 MiB is refused in words before POI opens it. */
class PeopleSheetZipBombTest {

    @Test
    void anXlsxBombIsAProblemOnLineOne() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 100; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        List<ImportProblem> problems = new ArrayList<>();
        List<SheetRow> rows = PeopleSheet.read(out.toByteArray(), StudentImport.COLUMNS, StudentImport.REQUIRED, problems);
        assertEquals(List.of(), rows);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().contains("64 MiB"), problems.toString());
    }

    @Test
    void aDamagedXlsxIsSaidInWords() {
        List<ImportProblem> problems = new ArrayList<>();
        PeopleSheet.read("PK\u0003\u0004garbage that is no zip".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
                StudentImport.COLUMNS, StudentImport.REQUIRED, problems);
        assertEquals(1, problems.size(), problems.toString());
        String message = problems.get(0).message();
        assertTrue(!message.contains("Exception") && !message.matches("(?s).*\\b(org|java)\\.[a-z]+\\..*"), message);
    }
}

package vn.khaothi.engine.application.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Issue 11, finding 13: a name that reads "…gpj.exe" reversed, or hides characters, is shown as it really is. */
class EvidenceFileNameTest {

    @Test
    void bidiAndInvisibleCharactersAreStripped() {
        assertEquals("giay-kham-benhexe.pdf", EvidenceFiles.cleanName("giay-kham-benh\u202Eexe.pdf", "application/pdf"));
        assertEquals("ab.png", EvidenceFiles.cleanName("a\u200Bb\u2066\u2069\uFEFF.png", "image/png"));
        assertEquals("ab.jpg", EvidenceFiles.cleanName("a\u202Ab\u202C\u200E\u200F\u061C.jpg", "image/jpeg"));
        assertEquals("ab.jpg", EvidenceFiles.cleanName("a\u2028b\u2029.jpg", "image/jpeg"));
        assertEquals("Giấy khám bệnh.pdf", EvidenceFiles.cleanName("C:\\Users\\hs\\Giấy khám bệnh.pdf", "application/pdf"));
        assertEquals("minh-chung.pdf", EvidenceFiles.cleanName("\u202E\u200B", "application/pdf"));
    }
}

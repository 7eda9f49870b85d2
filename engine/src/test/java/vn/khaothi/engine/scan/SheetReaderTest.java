package vn.khaothi.engine.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import vn.khaothi.engine.scan.reader.ProblemKind;
import vn.khaothi.engine.scan.reader.SheetReader;
import vn.khaothi.engine.scan.reader.SheetReading;

/** The reader on a few dozen generated photos: right, flagged, never silently wrong. */
class SheetReaderTest {

    private final SheetReader reader = new SheetReader();

    private SheetReading read(SheetPhotos.Photo photo) throws IOException {
        return reader.read(ImageIO.read(new ByteArrayInputStream(photo.jpeg())), SheetVerdict.LAYOUTS);
    }

    @Test
    void readsCleanAndModeratePhotosRightAndNeverSilentlyWrong() throws IOException {
        Random random = new Random(11);
        Map<SheetVerdict, Integer> counts = new EnumMap<>(SheetVerdict.class);
        for (int i = 0; i < 24; i++) {
            SheetPhotos.Level level = i % 2 == 0 ? SheetPhotos.Level.CLEAN : SheetPhotos.Level.MODERATE;
            SheetPhotos.Photo photo = SheetPhotos.random(random, level, false);
            SheetVerdict v = SheetVerdict.of(photo.truth(), read(photo));
            counts.merge(v, 1, Integer::sum);
        }
        assertEquals(0, counts.getOrDefault(SheetVerdict.SILENT_ERROR, 0), counts.toString());
        assertTrue(counts.getOrDefault(SheetVerdict.RIGHT, 0) >= 22, counts.toString());
    }

    @Test
    void readsTheExactAnswersOfOneSheet() throws IOException {
        SheetPhotos.Photo photo = SheetPhotos.random(new Random(5), SheetPhotos.Level.MODERATE, false);
        SheetReading r = read(photo);
        assertEquals(photo.truth().studentNumber(), r.studentNumber());
        assertEquals(photo.truth().versionCode(), r.versionCode());
        assertEquals(SheetPhotos.PAPER_ID, r.paperId());
        for (var e : photo.truth().answers().entrySet()) {
            Object read = r.answers().get(e.getKey());
            assertEquals(e.getValue() == null ? null : e.getValue().toString(), read == null ? null : read.toString(),
                    "question " + e.getKey());
        }
    }

    @Test
    void flagsDoubleErasedAndCrossedOutMarksInsteadOfGuessing() throws IOException {
        Random random = new Random(3);
        int flagged = 0;
        for (int i = 0; i < 12; i++) {
            SheetPhotos.Photo photo = SheetPhotos.random(random, SheetPhotos.Level.MODERATE, true);
            SheetVerdict v = SheetVerdict.of(photo.truth(), read(photo));
            assertNotEquals(SheetVerdict.SILENT_ERROR, v, photo.truth().hard().toString());
            flagged += v == SheetVerdict.FLAGGED ? 1 : 0;
        }
        assertTrue(flagged >= 6, "double and crossed-out marks must go to review: " + flagged);
    }

    @Test
    void aBlankSheetHasNullAnswersAndAnUnknownStudent() throws IOException {
        SheetReading r = read(SheetPhotos.blank(new Random(1), SheetPhotos.Level.MODERATE));
        assertTrue(r.answers().values().stream().allMatch(java.util.Objects::isNull), r.answers().toString());
        assertTrue(r.problems().stream().anyMatch(p -> p.kind() == ProblemKind.UNKNOWN_STUDENT));
        assertEquals("101", r.versionCode());
    }

    @Test
    void aPageThatIsNotASheetIsRejected() throws IOException {
        SheetReading r = read(SheetPhotos.notASheet(new Random(2)));
        assertEquals(ProblemKind.NOT_A_SHEET, r.problems().get(0).kind());
        assertTrue(r.answers().isEmpty());
    }

    @Test
    void aSheetOfAnotherPaperIsAnUnknownVersion() throws IOException {
        SheetPhotos.Photo photo = SheetPhotos.random(new Random(8), SheetPhotos.Level.CLEAN, false);
        SheetReading r = reader.read(ImageIO.read(new ByteArrayInputStream(photo.jpeg())),
                (paper, code) -> paper != null && paper == 7 ? java.util.Optional.of(SheetPhotos.LAYOUT)
                        : java.util.Optional.empty());
        assertTrue(r.problems().stream().anyMatch(p -> p.kind() == ProblemKind.UNKNOWN_VERSION));
        assertTrue(r.answers().isEmpty());
    }
}

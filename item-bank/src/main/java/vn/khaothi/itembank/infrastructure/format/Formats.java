package vn.khaothi.itembank.infrastructure.format;

import java.util.List;
import vn.khaothi.itembank.application.exporting.ItemWriter;
import vn.khaothi.itembank.application.importing.ItemFormat;
import vn.khaothi.itembank.application.importing.ItemImport;
import vn.khaothi.itembank.application.importing.ItemReader;
import vn.khaothi.itembank.infrastructure.format.aiken.AikenReader;
import vn.khaothi.itembank.infrastructure.format.docx.DocxReader;
import vn.khaothi.itembank.infrastructure.format.gift.GiftReader;
import vn.khaothi.itembank.infrastructure.format.gift.GiftWriter;
import vn.khaothi.itembank.infrastructure.format.json.KhaothiJsonReader;
import vn.khaothi.itembank.infrastructure.format.moodlexml.MoodleXmlReader;
import vn.khaothi.itembank.infrastructure.format.moodlexml.MoodleXmlWriter;
import vn.khaothi.itembank.infrastructure.format.qti21.QtiReader;
import vn.khaothi.itembank.infrastructure.format.qti21.QtiWriter;

/** Every reader and writer the bank has, for wiring the application layer (a CDI producer, a test). */
public final class Formats {

    private Formats() {
    }

    public static List<ItemReader> readers() {
        return List.of(new GiftReader(), new MoodleXmlReader(), new AikenReader(), new QtiReader(), new DocxReader(),
                new KhaothiJsonReader());
    }

    /** An import entry point that knows every format. */
    public static ItemImport importer() {
        return new ItemImport(readers());
    }

    public static List<ItemWriter> writers() {
        return List.of(new GiftWriter(), new MoodleXmlWriter(), new QtiWriter());
    }

    /** The writer of a format, or an exception naming the formats that can be written. */
    public static ItemWriter writer(ItemFormat format) {
        return writers().stream().filter(w -> w.format() == format).findFirst().orElseThrow(() ->
                new IllegalArgumentException(format.code() + " cannot be written; use gift, moodle-xml or qti21"));
    }
}

package vn.khaothi.itembank.application.importing;

/**
 * Reads one file format into items. A reader reports every problem it finds and carries on so the
 * teacher sees them all at once; {@link ItemImport} then checks every item with its type plug-in and
 * turns the lot into an all-or-nothing {@link ImportResult}. Implementations live in
 * {@code infrastructure.format.<format>}.
 */
public interface ItemReader {

    ItemFormat format();

    /**
     * @param file     the raw bytes as uploaded (text formats must be UTF-8)
     * @param progress told after each item
     */
    ImportResult read(byte[] file, ImportProgressListener progress);
}

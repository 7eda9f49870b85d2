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

    /**
     * Reads the file with its answers, or some of them, in a second file. Only readers of a format
     * that {@link ItemFormat#takesAnswerKeyFile() takes one} override this.
     *
     * @param answerKey the separate key, or null when there is none
     */
    default ImportResult read(byte[] file, AnswerKeyFile answerKey, ImportProgressListener progress) {
        if (answerKey != null) {
            throw new IllegalArgumentException(format().code() + " files take no separate answer key");
        }
        return read(file, progress);
    }
}

package vn.khaothi.itembank.application.importing;

/**
 * Told how far an import has got, so a long import can show a progress bar. Called from the
 * importing thread after each item is parsed; {@code total} is the number of items expected
 * (question blocks found in the file), which a reader may refine as it goes.
 */
@FunctionalInterface
public interface ImportProgressListener {

    ImportProgressListener NONE = (parsed, total) -> { };

    void itemsParsed(int parsed, int total);
}

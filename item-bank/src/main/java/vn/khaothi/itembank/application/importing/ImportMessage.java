package vn.khaothi.itembank.application.importing;

/**
 * A problem or a warning about one place in an imported file: a 1-based line number (0 when the
 * place has no line, e.g. inside a zip), an element path for XML (empty otherwise) and a sentence
 * a teacher can act on.
 */
public record ImportMessage(int line, String path, String message) {

    public ImportMessage {
        path = path == null ? "" : path;
    }

    public static ImportMessage atLine(int line, String message) {
        return new ImportMessage(line, "", message);
    }

    @Override
    public String toString() {
        String where = line > 0 ? "line " + line : "";
        if (!path.isEmpty()) {
            where = where.isEmpty() ? path : where + " (" + path + ")";
        }
        return where.isEmpty() ? message : where + ": " + message;
    }
}

package vn.khaothi.web.bank;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.khaothi.itembank.application.importing.ImportProgressListener;

/**
 * How far running imports have got, by a key the page chose (a random UUID it sends with the
 * upload), so the import page can draw a real progress bar while the server parses and stores the
 * file. In memory and per node (a page polls the node that runs its import); entries go after
 * {@link #KEEP}.
 */
@ApplicationScoped
public class ImportProgressBoard {

    static final Duration KEEP = Duration.ofMinutes(10);

    /** @param stage PARSING while items are read, STORING once every item is read, then DONE */
    public record Progress(String stage, int parsed, int total, Instant updatedAt) {
    }

    private final Map<String, Progress> board = new ConcurrentHashMap<>();

    /** A listener that reports under {@code key}; {@link ImportProgressListener#NONE} without a key. */
    ImportProgressListener listener(String key) {
        if (key == null || !key.matches("[A-Za-z0-9-]{8,64}")) {
            return ImportProgressListener.NONE;
        }
        forgetOld();
        board.put(key, new Progress("PARSING", 0, 0, Instant.now()));
        return (parsed, total) -> board.put(key, new Progress(parsed >= total && total > 0 ? "STORING" : "PARSING",
                parsed, total, Instant.now()));
    }

    void done(String key) {
        if (key != null) {
            board.computeIfPresent(key, (k, p) -> new Progress("DONE", p.parsed(), p.total(), Instant.now()));
        }
    }

    Optional<Progress> get(String key) {
        return Optional.ofNullable(board.get(key));
    }

    private void forgetOld() {
        Instant limit = Instant.now().minus(KEEP);
        board.values().removeIf(p -> p.updatedAt().isBefore(limit));
    }
}

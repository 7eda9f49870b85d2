package vn.khaothi.engine.domain.sitting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;

/**
 * A staggered start (giãn thời điểm vào thi, issue 19): a sitting that wants it spreads its
 * students' first start over a window of {@code seconds} after it opens, instead of all of them
 * arriving at the opening second. Each student is admitted at {@code opensAt + offset}, the offset
 * in [0, seconds) derived from the sitting and the student alone (SHA-256): the same student always
 * gets the same instant (a retry or another node cannot move it), and nobody can pick theirs.
 * A start before that instant is refused and creates nothing; the time limit counts from the
 * student's own start as for everyone. Zero (the default) admits everyone at the opening.
 *
 * @param seconds the window, 0 to {@value #MAX_SECONDS}
 */
public record StaggeredStart(int seconds) {

    /** Ten minutes: a longer window would eat into a short test's sitting window. */
    public static final int MAX_SECONDS = 600;

    public static final StaggeredStart NONE = new StaggeredStart(0);

    public StaggeredStart {
        if (seconds < 0 || seconds > MAX_SECONDS) {
            throw InvalidSitting.field("staggerSeconds", "must be between 0 and " + MAX_SECONDS);
        }
    }

    /** The student's offset after the opening, in whole seconds in [0, seconds). */
    public int offsetSeconds(long sittingId, String studentUsername) {
        if (seconds == 0) {
            return 0;
        }
        byte[] digest = sha256(sittingId + "/" + studentUsername);
        long h = 0;
        for (int i = 0; i < 8; i++) {
            h = (h << 8) | (digest[i] & 0xff);
        }
        return (int) Math.floorMod(h, (long) seconds);
    }

    /** When the student may first start. */
    public Instant admitAt(Instant opensAt, long sittingId, String studentUsername) {
        return opensAt.plusSeconds(offsetSeconds(sittingId, studentUsername));
    }

    /** Whether the student may start at {@code now} (the sitting's own window is checked apart). */
    public boolean admits(Instant opensAt, long sittingId, String studentUsername, Instant now) {
        return !now.isBefore(admitAt(opensAt, sittingId, studentUsername));
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

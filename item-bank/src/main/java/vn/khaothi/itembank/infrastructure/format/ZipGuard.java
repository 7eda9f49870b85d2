package vn.khaothi.itembank.infrastructure.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The one check every zip-based upload passes before a reader or POI opens it (issue 11, finding
 * 3): QTI packages, Word .docx and Excel .xlsx (the people imports in the engine use it too). A
 * 100 KB zip can hold 100 MiB of zeros, and the 20 MB upload cap would allow ~20 GB unpacked, so
 * the guard inflates every entry into nothing, counting the bytes that actually come out (the sizes
 * in the headers are the sender's word), and stops at the first limit passed. Nothing is kept, so
 * the check itself needs no memory.
 */
public final class ZipGuard {

    /** All entries together, unpacked. A real bank of 1,000 questions with pictures is a few MiB. */
    public static final long MAX_UNPACKED_BYTES = 64L * 1024 * 1024;
    public static final int MAX_ENTRIES = 10_000;

    private ZipGuard() {
    }

    /** What is wrong with the zip, in words a teacher can act on, or empty when it may be opened. */
    public static Optional<String> problem(byte[] zip) {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    return Optional.of(String.format("the zip holds more than %,d entries; split it", MAX_ENTRIES));
                }
                for (int n = read(in, buffer); n > 0; n = read(in, buffer)) {
                    total += n;
                    if (total > MAX_UNPACKED_BYTES) {
                        return Optional.of("the zip unpacks to more than " + (MAX_UNPACKED_BYTES >> 20)
                                + " MiB; split it into smaller files");
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.of("the file is not a readable zip (it may be damaged or only partly uploaded)");
        }
        if (entries == 0) {
            return Optional.of("the file is not a readable zip (it holds no entries)");
        }
        return Optional.empty();
    }

    private static int read(InputStream in, byte[] buffer) throws IOException {
        return in.read(buffer, 0, buffer.length);
    }
}

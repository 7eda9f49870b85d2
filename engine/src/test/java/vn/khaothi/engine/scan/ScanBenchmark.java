package vn.khaothi.engine.scan;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.imageio.ImageIO;

import vn.khaothi.engine.scan.reader.SheetReader;
import vn.khaothi.engine.scan.reader.SheetReading;

/**
 * The scanning benchmark (run by {@code bench/scan-benchmark.sh}, figures in docs/scanning.md): accuracy over
 * generated photos per distortion level — the share read fully right with no review, the share flagged, and the
 * silent errors (must be 0) — then speed on {@code threads} threads: sheets per second of the whole reader
 * against the baseline of only decoding the same JPEGs, in the same run.
 *
 * <p>Arguments: sheets per level (default 300), threads (default 2), photos kept for the speed run (120).
 */
public final class ScanBenchmark {

    private ScanBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int perLevel = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int kept = args.length > 2 ? Integer.parseInt(args[2]) : 120;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        ThreadLocal<SheetReader> readers = ThreadLocal.withInitial(SheetReader::new);
        List<byte[]> speedSet = java.util.Collections.synchronizedList(new ArrayList<>());
        System.out.printf(Locale.ROOT, "%-22s %6s %8s %8s %8s%n", "level", "sheets", "right", "flagged", "silent");
        int total = 0;
        String[] kinds = {"CLEAN", "MODERATE", "SEVERE", "HARD (double/erased/crossed)", "BLANK", "NOT A SHEET"};
        for (String kind : kinds) {
            int n = kind.startsWith("BLANK") || kind.startsWith("NOT") ? Math.max(10, perLevel / 10) : perLevel;
            Map<SheetVerdict, AtomicInteger> counts = new EnumMap<>(SheetVerdict.class);
            for (SheetVerdict v : SheetVerdict.values()) {
                counts.put(v, new AtomicInteger());
            }
            List<Future<?>> jobs = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                long seed = kind.hashCode() * 1000L + i;
                jobs.add(pool.submit(() -> {
                    Random random = new Random(seed);
                    SheetPhotos.Photo photo = switch (kind) {
                        case "CLEAN" -> SheetPhotos.random(random, SheetPhotos.Level.CLEAN, false);
                        case "MODERATE" -> SheetPhotos.random(random, SheetPhotos.Level.MODERATE, false);
                        case "SEVERE" -> SheetPhotos.random(random, SheetPhotos.Level.SEVERE, false);
                        case "BLANK" -> SheetPhotos.blank(random, SheetPhotos.Level.MODERATE);
                        case "NOT A SHEET" -> SheetPhotos.notASheet(random);
                        default -> SheetPhotos.random(random, SheetPhotos.Level.MODERATE, true);
                    };
                    SheetReading r = readers.get().read(decode(photo.jpeg()), SheetVerdict.LAYOUTS);
                    counts.get(SheetVerdict.of(photo.truth(), r)).incrementAndGet();
                    if (speedSet.size() < kept && !kind.startsWith("NOT")) {
                        speedSet.add(photo.jpeg());
                    }
                    return null;
                }));
            }
            for (Future<?> f : jobs) {
                f.get();
            }
            total += n;
            System.out.printf(Locale.ROOT, "%-22s %6d %7.1f%% %7.1f%% %8d%n", kind, n,
                    100.0 * counts.get(SheetVerdict.RIGHT).get() / n, 100.0 * counts.get(SheetVerdict.FLAGGED).get() / n,
                    counts.get(SheetVerdict.SILENT_ERROR).get());
        }
        System.out.printf(Locale.ROOT, "total %d sheets%n", total);
        List<byte[]> photos = List.copyOf(speedSet);
        for (int round = 0; round < 2; round++) { // the first round warms the JIT up
            double decode = run(pool, photos, jpeg -> decode(jpeg));
            double read = run(pool, photos, jpeg -> readers.get().read(decode(jpeg), SheetVerdict.LAYOUTS));
            if (round > 0) {
                System.out.printf(Locale.ROOT, "speed on %d threads, %d photos: decode only %.1f sheets/s, "
                        + "decode + read %.1f sheets/s (reader alone %.1f ms/sheet/thread)%n", threads, photos.size(),
                        decode, read, (1000.0 * threads / read) - (1000.0 * threads / decode));
            }
        }
        pool.shutdown();
    }

    private static double run(ExecutorService pool, List<byte[]> photos, java.util.function.Function<byte[], ?> work)
            throws Exception {
        long start = System.nanoTime();
        List<Future<?>> jobs = new ArrayList<>();
        for (byte[] p : photos) {
            jobs.add(pool.submit(() -> work.apply(p)));
        }
        for (Future<?> f : jobs) {
            f.get();
        }
        return photos.size() / ((System.nanoTime() - start) / 1e9);
    }

    static BufferedImage decode(byte[] jpeg) {
        try {
            return ImageIO.read(new ByteArrayInputStream(jpeg));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

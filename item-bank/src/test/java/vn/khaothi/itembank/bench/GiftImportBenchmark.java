package vn.khaothi.itembank.bench;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import vn.khaothi.itembank.application.importing.ImportResult;
import vn.khaothi.itembank.application.importing.ItemFormat;
import vn.khaothi.itembank.application.importing.ItemImport;
import vn.khaothi.itembank.infrastructure.format.gift.GiftReader;

/**
 * Imports a generated 5,000-item GIFT file (target: under 10 s) and, in the same run, reads the
 * same bytes line by line as a baseline, printing both and their ratio. Not a test: run with
 * {@code ./mvnw -f item-bank/pom.xml -Pbench verify} (docs/benchmarks.md, "Item bank: import and search").
 */
public final class GiftImportBenchmark {

    private GiftImportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        byte[] file = generate(count, new Random(42));
        Path out = Path.of("target", "bench", "bank-" + count + ".gift");
        Files.createDirectories(out.getParent());
        Files.write(out, file);
        System.out.printf("file %s: %d items, %,d bytes%n", out, count, file.length);

        ItemImport importer = new ItemImport(List.of(new GiftReader()));
        AtomicInteger lastParsed = new AtomicInteger();
        AtomicInteger progressCalls = new AtomicInteger();
        AtomicInteger lastTotal = new AtomicInteger();
        long coldStart = System.nanoTime();
        ImportResult first = importer.run(ItemFormat.GIFT, file, (parsed, total) -> {
            lastParsed.set(parsed);
            lastTotal.set(total);
            progressCalls.incrementAndGet();
        });
        long coldNanos = System.nanoTime() - coldStart;
        if (!first.accepted() || first.items().size() != count) {
            throw new IllegalStateException("import failed: " + first.problems());
        }
        // The total counts every block of the file, so the 10 $CATEGORY switches count too.
        System.out.printf("progress: %d callbacks, last %d of %d blocks%n", progressCalls.get(), lastParsed.get(), lastTotal.get());

        List<Long> importTimes = new ArrayList<>();
        List<Long> baselineTimes = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            int blocks = baseline(file);
            baselineTimes.add(System.nanoTime() - t0);
            long t1 = System.nanoTime();
            ImportResult result = importer.run(ItemFormat.GIFT, file, null);
            importTimes.add(System.nanoTime() - t1);
            if (result.items().size() != count || blocks < count) {
                throw new IllegalStateException("unexpected result");
            }
        }
        double importMs = median(importTimes) / 1e6;
        double baselineMs = median(baselineTimes) / 1e6;
        System.out.printf("import, first in a fresh JVM: %.0f ms (target < 10,000 ms)%n", coldNanos / 1e6);
        System.out.printf("import, median of %d warm runs: %.1f ms (%.0f items/s)%n", rounds, importMs, count / (importMs / 1000));
        System.out.printf("baseline (UTF-8 line reading + blank-line split), median: %.1f ms%n", baselineMs);
        System.out.printf("ratio import / baseline: %.0f x%n", importMs / baselineMs);
    }

    /** What any reader must do at least: decode UTF-8, read lines, split blocks on blank lines. */
    private static int baseline(byte[] file) throws IOException {
        int blocks = 0;
        boolean inBlock = false;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(file), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                boolean blank = line.isBlank();
                if (!blank && !inBlock) {
                    blocks++;
                }
                inBlock = !blank;
            }
        }
        return blocks;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    /** A realistic mix: 60 % single choice, then multiple response, true/false, numeric, short text, matching, essay. */
    static byte[] generate(int count, Random random) {
        StringBuilder out = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            if (i % 500 == 1) {
                out.append("$CATEGORY: $course$/top/Toán 9/Chương ").append(i / 500 + 1).append("\n\n");
            }
            out.append("// [id:q").append(i).append("] [tag:chuong-").append(i / 500 + 1).append("]\n");
            out.append("::Câu ").append(i).append("::[html]<p>Câu hỏi số ").append(i)
                    .append(": cho \\\\(x = ").append(random.nextInt(100)).append("\\\\), tính giá trị biểu thức.</p>");
            int kind = random.nextInt(20);
            if (kind < 12) {
                int key = random.nextInt(4);
                out.append("{\n");
                for (int o = 0; o < 4; o++) {
                    out.append(o == key ? "\t=" : "\t~").append("Phương án ").append(o).append(" giá trị ")
                            .append(random.nextInt(1000)).append("#Giải thích ").append(o).append('\n');
                }
                out.append("}");
            } else if (kind < 14) {
                out.append("{\n\t~%50%Đúng một\n\t~%50%Đúng hai\n\t~%-100%Sai\n}");
            } else if (kind < 16) {
                out.append(random.nextBoolean() ? "{TRUE}" : "{FALSE#Sai rồi#Đúng rồi}");
            } else if (kind < 18) {
                out.append("{#").append(random.nextInt(100)).append(".5:0.01}");
            } else if (kind < 19) {
                out.append("{=Hà Nội =Ha Noi}");
            } else {
                out.append(random.nextBoolean() ? "{\n\t=Một -> 1\n\t=Hai -> 2\n\t=Ba -> 3\n}" : "{}");
            }
            out.append("\n\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}

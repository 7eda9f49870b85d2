package vn.khaothi.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.khaothi.rules.RegulationsFixture.REGULATIONS;
import static vn.khaothi.rules.RegulationsFixture.d;
import static vn.khaothi.rules.RegulationsFixture.ds;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** One facade serves many request threads: no decision may see another's facts. */
class ConcurrentUseTest {

    @Test
    void parallelCallsGiveTheSameAnswersAsSerialOnes() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                int tenths = i % 101;
                futures.add(pool.submit(() -> {
                    BigDecimal score = BigDecimal.valueOf(tenths, 1);
                    Decision<BigDecimal> avg = REGULATIONS.subjectAverage(List.of(score, score), score, score);
                    return avg.value() + "/" + avg.reasons().size();
                }));
            }
            for (int i = 0; i < futures.size(); i++) {
                BigDecimal expected = BigDecimal.valueOf(i % 101, 1);
                assertEquals(expected + "/1", futures.get(i).get(30, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(d("5.5"), REGULATIONS.subjectAverage(ds("5.9", "5.1", "4.9"), d("6.2"), d("5.2")).value());
    }
}

package vn.khaothi.web.regulations;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import vn.khaothi.rules.InvalidFactException;
import vn.khaothi.rules.Regulations;
import vn.khaothi.rules.SchoolYear;

/**
 * The {@link Regulations} facade of each school year the callers ask about, built once and kept.
 * The knowledge bases load in the background when the application starts (about 3 s of class
 * loading, docs/benchmarks.md), so the first what-if request of the day does not pay for it.
 */
@ApplicationScoped
public class RegulationsSource {

    private static final Logger LOG = Logger.getLogger(RegulationsSource.class.getName());
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final Pattern YEAR_FORMAT = Pattern.compile("\\s*\\d{4}\\s*[-–]\\s*\\d{4}\\s*");

    private final Map<SchoolYear, Regulations> byYear = new ConcurrentHashMap<>();

    @Resource
    ManagedExecutorService executor;

    void warmUp(@Observes Startup event) {
        executor.submit(() -> {
            long started = System.nanoTime();
            try {
                current().subjectAverage(List.of(BigDecimal.TEN, BigDecimal.TEN), BigDecimal.TEN, BigDecimal.TEN);
                LOG.info(() -> "Regulations loaded in " + (System.nanoTime() - started) / 1_000_000 + " ms");
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Regulations could not be loaded ahead of the first request", e);
            }
        });
    }

    /** The rules of the school year containing today (Vietnam time). */
    public Regulations current() {
        return of(SchoolYear.containing(LocalDate.now(VIETNAM)));
    }

    /**
     * The rules of {@code schoolYear} ("2025-2026"), or of the current year when it is null or blank.
     *
     * @throws vn.khaothi.rules.InvalidFactException naming {@code schoolYear} when it is malformed
     *                                               or no regulation was in force then
     */
    public Regulations forYear(String schoolYear) {
        if (schoolYear == null || schoolYear.isBlank()) {
            return current();
        }
        if (!YEAR_FORMAT.matcher(schoolYear).matches()) {
            throw new InvalidFactException("schoolYear", "FORMAT", "expected YYYY-YYYY+1, e.g. 2025-2026");
        }
        return of(SchoolYear.parse(schoolYear));
    }

    private Regulations of(SchoolYear year) {
        Regulations known = byYear.get(year);
        if (known != null) {
            return known;
        }
        // Built outside computeIfAbsent: a year with no regulation in force throws, and is not kept.
        Regulations built = Regulations.forSchoolYear(year);
        Regulations raced = byYear.putIfAbsent(year, built);
        return raced == null ? built : raced;
    }
}

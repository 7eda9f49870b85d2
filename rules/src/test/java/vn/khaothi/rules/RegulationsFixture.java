package vn.khaothi.rules;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** One facade for all tests: building the kbases is the expensive part, so it happens once. */
public final class RegulationsFixture {

    public static final Regulations REGULATIONS = Regulations.forSchoolYear(SchoolYear.of(2025));

    private RegulationsFixture() {
    }

    public static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    public static List<BigDecimal> ds(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }
}

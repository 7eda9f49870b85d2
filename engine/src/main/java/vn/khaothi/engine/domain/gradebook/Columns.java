package vn.khaothi.engine.domain.gradebook;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The columns of a subject's gradebook (cột điểm): {@code TX1}…{@code TXn} for the regular
 * assessments (ĐĐGtx, TT22 Art. 6; n comes from the rules), {@code GK} the midterm (ĐĐGgk) and
 * {@code CK} the end of term (ĐĐGck, Art. 7).
 */
public final class Columns {

    public static final String MIDTERM = "GK";
    public static final String FINAL = "CK";
    private static final Pattern CODE = Pattern.compile("TX[1-9]|GK|CK");

    private Columns() {
    }

    /** TX1…TXn, then GK and CK (those the subject takes). */
    public static List<String> of(int regular, boolean midterm, boolean end) {
        List<String> columns = new ArrayList<>();
        for (int i = 1; i <= regular; i++) {
            columns.add("TX" + i);
        }
        if (midterm) {
            columns.add(MIDTERM);
        }
        if (end) {
            columns.add(FINAL);
        }
        return List.copyOf(columns);
    }

    public static boolean wellFormed(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    public static boolean regular(String code) {
        return code.startsWith("TX");
    }

    /** Periodic columns (GK, CK) may be appealed (phúc khảo). */
    public static boolean periodic(String code) {
        return MIDTERM.equals(code) || FINAL.equals(code);
    }
}

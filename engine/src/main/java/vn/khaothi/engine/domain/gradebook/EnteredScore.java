package vn.khaothi.engine.domain.gradebook;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.khaothi.rules.Decision;
import vn.khaothi.rules.Reason;
import vn.khaothi.rules.Regulations;

/**
 * A value as someone entered it, made ready for a cell (điểm nhập): {@code 8,5} and {@code 8.5}
 * both mean 8.5; a TT22 score with more decimals is rounded half-up to one (Art. 5.3.b) and the
 * {@code notice} says so; the rules then say whether the value is on the scale (TT22
 * {@code validateScore}, TT27 {@code validatePrimaryScore}) and a refusal carries their reasons and
 * citations. Commentary subjects take {@code D}/{@code Đ}/{@code Đạt} or {@code CD}/{@code CĐ}/{@code Chưa đạt}.
 *
 * @param value   what the cell will hold
 * @param rounded whether Art. 5.3.b rounding changed the value
 * @param notice  the Vietnamese notice about the rounding, or null
 */
public record EnteredScore(CellValue value, boolean rounded, String notice) {

    /** Why Art. 5.3.b rounding is done here: the rules validate one decimal and have no rounding decision of their own. */
    public static final String ROUNDING_CITATION = "TT22 Art. 5.3.b";
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d{1,6}([.,]\\d{1,6})?");

    /**
     * Reads {@code raw} (a String, a Number or null) for a cell of {@code scale}; {@code field}
     * names the place in errors (e.g. {@code score}, {@code D7}).
     */
    public static EnteredScore read(Object raw, SubjectScale scale, String field, Regulations rules) {
        if (raw == null || raw instanceof String s && s.isBlank()) {
            return new EnteredScore(CellValue.EMPTY, false, null);
        }
        String text = raw instanceof BigDecimal b ? b.toPlainString() : raw.toString().strip();
        if (scale == SubjectScale.COMMENTARY) {
            return new EnteredScore(CellValue.verdict(verdict(text, field)), false, null);
        }
        if (!NUMBER.matcher(text).matches()) {
            throw GradebookRefusal.invalidScore(field, "Ô " + field + ": «" + text + "» không phải là điểm số"
                    + (scale == SubjectScale.PRIMARY ? " (TT27 Điều 7: số nguyên từ 0 đến 10)" : " (TT22 Điều 5.3.b: từ 0 đến 10, một chữ số thập phân)"),
                    List.of(scale == SubjectScale.PRIMARY ? "TT27 Art. 7" : ROUNDING_CITATION));
        }
        BigDecimal entered = new BigDecimal(text.replace(',', '.'));
        if (scale == SubjectScale.PRIMARY) {
            // TT27: no rounding; the rules refuse a decimal or a value off the scale.
            Decision<Boolean> ok = rules.validatePrimaryScore(field, entered.stripTrailingZeros().scale() <= 0
                    ? entered.setScale(0, RoundingMode.UNNECESSARY) : entered);
            refuseUnless(ok, field, "TT27 Art. 7");
            return new EnteredScore(CellValue.score(entered.setScale(1, RoundingMode.UNNECESSARY)), false, null);
        }
        BigDecimal value = entered;
        boolean rounded = false;
        if (entered.stripTrailingZeros().scale() > 1) {
            value = entered.setScale(1, RoundingMode.HALF_UP);
            rounded = true;
        }
        refuseUnless(rules.validateScore(field, value), field, ROUNDING_CITATION);
        String notice = rounded ? "Điểm " + comma(entered) + " đã được làm tròn thành " + comma(value)
                + " (TT22 Điều 5.3.b: lấy đến một chữ số thập phân, làm tròn lên)" : null;
        return new EnteredScore(CellValue.score(value.setScale(1, RoundingMode.UNNECESSARY)), rounded, notice);
    }

    private static void refuseUnless(Decision<Boolean> decision, String field, String fallbackCitation) {
        if (Boolean.TRUE.equals(decision.value())) {
            return;
        }
        String why = decision.reasons().stream().map(Reason::vi).reduce((a, b) -> a + "; " + b).orElse("điểm không hợp lệ");
        List<String> citations = decision.citations().isEmpty() ? List.of(fallbackCitation) : decision.citations();
        throw GradebookRefusal.invalidScore(field, "Ô " + field + ": " + why + " (" + String.join(", ", citations) + ")", citations);
    }

    private static String verdict(String text, String field) {
        String key = Normalizer.normalize(text, Normalizer.Form.NFC).toUpperCase(Locale.ROOT).replace('Đ', 'D').replace(" ", "");
        return switch (key) {
            case "D", "DẠT", "DAT" -> "D";
            case "CD", "CHƯADẠT", "CHUADAT" -> "CD";
            default -> throw GradebookRefusal.invalidScore(field, "Ô " + field + ": môn đánh giá bằng nhận xét chỉ nhận Đ (Đạt)"
                    + " hoặc CĐ (Chưa đạt), không nhận «" + text + "» (TT22 Điều 5.1)", List.of("TT22 Art. 5.1"));
        };
    }

    /** 8.3 → "8,3", as Vietnamese write it. */
    public static String comma(BigDecimal value) {
        return value.toPlainString().replace('.', ',');
    }
}

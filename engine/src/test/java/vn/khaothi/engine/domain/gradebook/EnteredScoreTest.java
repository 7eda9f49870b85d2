package vn.khaothi.engine.domain.gradebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.khaothi.rules.Regulations;
import vn.khaothi.rules.SchoolYear;

/** Reading an entered mark: decimal comma, Art. 5.3.b half-up ties, the rules' refusals, commentary, TT27 integers. */
class EnteredScoreTest {

    private static final Regulations RULES = Regulations.forSchoolYear(SchoolYear.of(2026));

    private static BigDecimal scored(String raw) {
        return EnteredScore.read(raw, SubjectScale.SCORED, "score", RULES).value().score();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"8,25|8.3", "8.25|8.3", "8,5|8.5", "8.5|8.5", "7|7.0", "7,05|7.1", "7,04|7.0",
            "0,05|0.1", "9,95|10.0", "6,349|6.3", "6,35|6.4", "0|0.0", "10|10.0", "10,04|10.0", "4,449999|4.4"})
    void ties_round_half_up_to_one_decimal(String raw, String expected) {
        assertEquals(new BigDecimal(expected), scored(raw));
    }

    @Test
    void the_reply_says_when_it_rounded() {
        EnteredScore rounded = EnteredScore.read("8,25", SubjectScale.SCORED, "score", RULES);
        assertTrue(rounded.rounded());
        assertTrue(rounded.notice().contains("8,25") && rounded.notice().contains("8,3") && rounded.notice().contains("5.3.b"));
        EnteredScore plain = EnteredScore.read("8,5", SubjectScale.SCORED, "score", RULES);
        assertFalse(plain.rounded());
        assertNull(plain.notice());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"10.05", "10.5", "-1", "11", "abc", "8,5,1", "1e1", "8.x", "10,05"})
    void off_the_scale_or_not_a_number_is_refused_naming_the_field(String raw) {
        GradebookRefusal refused = assertThrows(GradebookRefusal.class,
                () -> EnteredScore.read(raw, SubjectScale.SCORED, "D7", RULES));
        assertEquals("SCORE_INVALID", refused.code());
        assertEquals("D7", ((Map<?, ?>) refused.details()).get("field"));
        assertTrue(refused.getMessage().contains("D7"), refused.getMessage());
    }

    @Test
    void empty_clears_the_cell() {
        assertTrue(EnteredScore.read("  ", SubjectScale.SCORED, "score", RULES).value().isEmpty());
        assertTrue(EnteredScore.read(null, SubjectScale.COMMENTARY, "score", RULES).value().isEmpty());
    }

    @ParameterizedTest
    @CsvSource({"D,D", "Đ,D", "đạt,D", "Đạt,D", "CD,CD", "CĐ,CD", "chưa đạt,CD", "Chưa Đạt,CD"})
    void commentary_subjects_take_pass_or_not_yet(String raw, String verdict) {
        assertEquals(verdict, EnteredScore.read(raw, SubjectScale.COMMENTARY, "score", RULES).value().verdict());
    }

    @ParameterizedTest
    @CsvSource({"8", "7.5", "Giỏi", "X"})
    void commentary_subjects_refuse_anything_else(String raw) {
        assertEquals("SCORE_INVALID", assertThrows(GradebookRefusal.class,
                () -> EnteredScore.read(raw, SubjectScale.COMMENTARY, "score", RULES)).code());
    }

    @Test
    void tt27_takes_integers_and_refuses_decimals() {
        assertEquals(new BigDecimal("9.0"), EnteredScore.read("9", SubjectScale.PRIMARY, "score", RULES).value().score());
        assertEquals(new BigDecimal("10.0"), EnteredScore.read("10", SubjectScale.PRIMARY, "score", RULES).value().score());
        assertEquals("SCORE_INVALID", assertThrows(GradebookRefusal.class,
                () -> EnteredScore.read("8,5", SubjectScale.PRIMARY, "score", RULES)).code());
        assertEquals("SCORE_INVALID", assertThrows(GradebookRefusal.class,
                () -> EnteredScore.read("11", SubjectScale.PRIMARY, "score", RULES)).code());
        assertFalse(EnteredScore.read("7", SubjectScale.PRIMARY, "score", RULES).rounded(), "TT27 never rounds");
    }
}

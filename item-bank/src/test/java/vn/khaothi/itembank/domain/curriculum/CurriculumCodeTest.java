package vn.khaothi.itembank.domain.curriculum;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 11, finding 13: codes like {@code ..} or {@code ../../x} are refused; real ones pass. */
class CurriculumCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"..", ".", "../../x", "a/../b", "a/./b", "a//b", "/a", "a/", "a\\b", "...", " ", "",
            "a\u202Eb", "a\u0000b", "a\nb", "--", "<script>"})
    void refused(String code) {
        assertTrue(CurriculumCode.problem(code).isPresent(), code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"C1", "CH1_BAI2", "Chương I. Căn bậc hai", "Toán 9/Chương 1", "Đại số/Hàm số y = ax + b",
            "1.2", "Bài 3 (tiếp)"})
    void accepted(String code) {
        assertTrue(CurriculumCode.problem(code).isEmpty(), code);
    }
}

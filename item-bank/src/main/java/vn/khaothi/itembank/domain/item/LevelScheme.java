package vn.khaothi.itembank.domain.item;

import java.util.Arrays;
import java.util.List;

/**
 * Which cognitive levels an education level uses: primary (tiểu học, grades 1–5, TT27) uses
 * Mức 1–3; secondary (THCS/THPT, grades 6–12, TT22) uses NB/TH/VD/VDC. See regulations.md §3.
 */
public enum LevelScheme {
    PRIMARY, SECONDARY;

    /** The scheme of a school grade 1–12. */
    public static LevelScheme forGrade(int grade) {
        if (grade < 1 || grade > 12) {
            throw new IllegalArgumentException("grade must be 1–12, was " + grade);
        }
        return grade <= 5 ? PRIMARY : SECONDARY;
    }

    public List<CognitiveLevel> levels() {
        return Arrays.stream(CognitiveLevel.values()).filter(l -> l.scheme() == this).toList();
    }

    public boolean allows(CognitiveLevel level) {
        return level.scheme() == this;
    }
}

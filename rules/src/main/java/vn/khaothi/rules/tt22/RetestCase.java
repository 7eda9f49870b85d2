package vn.khaothi.rules.tt22;

/**
 * What decides whether retests (kiểm tra lại, TT22 Art. 14) apply: the year learning-result level
 * and the year conduct counted for promotion (after summer training, Art. 13).
 *
 * @param yearLevel   year learning-result level
 * @param yearConduct year conduct after any summer re-assessment, or null when the caller did not
 *                    give it (the first version of the facade); conduct is then not checked
 */
public record RetestCase(LearningLevel yearLevel, LearningLevel yearConduct) {

    /** Without the conduct: only the learning level is checked (see {@code Regulations#retestSubjects}). */
    public RetestCase(LearningLevel yearLevel) {
        this(yearLevel, null);
    }

    /** Art. 14 admits to retests only a student whose year conduct is at least Đạt. */
    public boolean conductAllowsRetest() {
        return yearConduct == null || yearConduct.atLeast(LearningLevel.DAT);
    }
}

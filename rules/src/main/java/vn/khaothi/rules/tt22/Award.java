package vn.khaothi.rules.tt22;

/** Conclusion: the title a student earns (TT22 Art. 15). */
public record Award(AwardTitle title) {
}

package vn.khaothi.itembank.domain.statistics;

/**
 * Where an item's facility (độ khó, the mean fraction of its points earned) stops telling students
 * apart: shared by the engine's item analysis (flags TOO_EASY / TOO_HARD) and the paper assembler's
 * warning that a blueprint cell holds only such items. The reasoning is in docs/analytics.md.
 */
public final class FacilityBands {

    /**
     * Below 0.20 fewer than one student in five earns the item's points: for a four-option item that
     * is below the 0.25 a blind guess would give, so the item mostly measures luck.
     */
    public static final double TOO_HARD_BELOW = 0.20;

    /**
     * Above 0.90 nine students in ten earn the points: the item's variance p(1−p) is under 0.09 and it
     * can barely separate anyone; fine for a warm-up, not for ranking.
     */
    public static final double TOO_EASY_ABOVE = 0.90;

    private FacilityBands() {
    }

    public static boolean tooHard(double facility) {
        return facility < TOO_HARD_BELOW;
    }

    public static boolean tooEasy(double facility) {
        return facility > TOO_EASY_ABOVE;
    }
}

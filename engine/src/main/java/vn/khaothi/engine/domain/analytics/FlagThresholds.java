package vn.khaothi.engine.domain.analytics;

import vn.khaothi.itembank.domain.statistics.FacilityBands;

/**
 * The thresholds of the item flags, named once. Why these numbers: docs/analytics.md.
 */
public final class FlagThresholds {

    /** Below 0: the item ranks students the wrong way round. */
    public static final double NEGATIVE_DISCRIMINATION_BELOW = 0.0;
    /** Below 0.20: Ebel's "poor item, to be rejected or improved by revision" band of the item–rest correlation. */
    public static final double LOW_DISCRIMINATION_BELOW = 0.20;
    /** Facility bands shared with the paper assembler. */
    public static final double TOO_HARD_BELOW = FacilityBands.TOO_HARD_BELOW;
    public static final double TOO_EASY_ABOVE = FacilityBands.TOO_EASY_ABOVE;
    /** A distractor chosen by fewer than 5 % of the students is non-functioning (Haladyna &amp; Downing). */
    public static final double DISTRACTOR_MIN_SHARE = 0.05;
    /**
     * Below 10 responses one student moves a share by 10 points and a correlation by much more: an
     * item answered by fewer gets its figures but no flags.
     */
    public static final int MIN_RESPONSES_FOR_FLAGS = 10;

    private FlagThresholds() {
    }
}

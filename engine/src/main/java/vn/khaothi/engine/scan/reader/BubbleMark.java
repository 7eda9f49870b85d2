package vn.khaothi.engine.scan.reader;

import vn.khaothi.engine.application.sheet.SheetBubble;

/**
 * One bubble as the reader saw it.
 *
 * @param bubble   where it is on the sheet and what it means
 * @param x        its centre in the photo (pixels), for drawing the detected marks over the photo
 * @param y        idem
 * @param r        its radius in the photo (pixels)
 * @param darkness 0 (paper) … 1 (ink as dark as the corner markers) over the inner disc
 * @param state    what the darkness means
 */
public record BubbleMark(SheetBubble bubble, double x, double y, double r, double darkness, State state) {

    /** FILLED and EMPTY are sure; UNSURE is between the two thresholds. */
    public enum State { FILLED, EMPTY, UNSURE }

    /** How sure the reader is of {@link #state()}: 0 at the middle of the unsure band, 1 well outside it. */
    public double confidence() {
        return BubbleReader.confidence(darkness);
    }
}

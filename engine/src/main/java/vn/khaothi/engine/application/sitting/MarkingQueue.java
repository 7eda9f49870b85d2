package vn.khaothi.engine.application.sitting;

import java.math.BigDecimal;
import java.util.List;

/**
 * The marker's view of a sitting (hàng chờ chấm bài): its marking policy, the progress of its
 * marking and every manually marked item the caller may see, as {@link MarkingService#queue} decides.
 *
 * @param threshold  the double-marking threshold, normalised, or null without one
 * @param released   the names of a blind sitting are released
 * @param complete   every item has its final mark ({@code waiting == 0})
 * @param canDecide  the caller decides disputes of this sitting (its subject's head or the management)
 * @param canRelease the caller may release the names of this (blind) sitting
 */
public record MarkingQueue(long sittingId, String title, boolean blind, boolean doubleMarking, BigDecimal threshold,
                           boolean released, boolean complete, int waiting, int disputed, boolean canDecide,
                           boolean canRelease, List<MarkingItemView> items) {

    public MarkingQueue {
        items = List.copyOf(items);
    }
}

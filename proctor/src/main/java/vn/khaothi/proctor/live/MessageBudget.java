package vn.khaothi.proctor.live;

/**
 * How many messages of one kind a connection may still send (issue 11, finding 8): a token bucket
 * that holds {@code burst} tokens and gains {@code perSecond} a second. A student answering every
 * few seconds, or a page resending its whole offline queue at once after a reconnect, never runs
 * out; a script sending 1,000 answers or 350 events in two seconds does, and hears
 * {@code RATE_LIMITED} for each message over the budget (nothing of it is stored or pushed).
 * One small lock per connection: the normal path pays a few arithmetic operations.
 */
final class MessageBudget {

    /** Answers: a whole offline queue of a long test may come at once; then ten a second. */
    static MessageBudget answers() {
        return new MessageBudget(120, 10);
    }

    /** Integrity events: a burst of focus changes, then one every two seconds. */
    static MessageBudget events() {
        return new MessageBudget(30, 0.5);
    }

    private final double burst;
    private final double perNano;
    private double tokens;
    private long last;

    MessageBudget(double burst, double perSecond) {
        this.burst = burst;
        this.perNano = perSecond / 1e9;
        this.tokens = burst;
        this.last = System.nanoTime();
    }

    boolean take() {
        return take(System.nanoTime());
    }

    synchronized boolean take(long nowNanos) {
        tokens = Math.min(burst, tokens + Math.max(0, nowNanos - last) * perNano);
        last = nowNanos;
        if (tokens < 1) {
            return false;
        }
        tokens -= 1;
        return true;
    }
}

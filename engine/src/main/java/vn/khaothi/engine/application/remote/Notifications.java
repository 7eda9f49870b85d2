package vn.khaothi.engine.application.remote;

import java.time.Clock;
import java.util.List;

/**
 * A person's in-app notifications (thông báo): written by {@link DecisionNotifications} inside a
 * decision's transaction, read and marked read here by their recipient only.
 */
public final class Notifications {

    /** A person sees their latest notifications; older ones stay stored. */
    public static final int MAX_LISTED = 50;

    private final RemoteStore store;
    private final Clock clock;

    public Notifications(RemoteStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public Notifications(RemoteStore store) {
        this(store, Clock.systemUTC());
    }

    /** The recipient's latest notifications, newest first. */
    public List<Notification> of(String recipient) {
        return store.inTransaction(s -> s.notifications().of(recipient, MAX_LISTED));
    }

    /** How many of the recipient's notifications are unread. */
    public int unread(String recipient) {
        return store.inTransaction(s -> s.notifications().unread(recipient));
    }

    /** Marks one of the recipient's own notifications read; false when they have none with that id. */
    public boolean markRead(String recipient, long id) {
        return store.inTransaction(s -> s.notifications().markRead(recipient, id, clock.instant()));
    }

    /** Marks all the recipient's notifications read; returns how many changed. */
    public int markAllRead(String recipient) {
        return store.inTransaction(s -> s.notifications().markAllRead(recipient, clock.instant()));
    }
}

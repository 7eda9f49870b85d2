package vn.khaothi.engine.application.remote;

import java.time.Instant;

/** A message in the application (thông báo) for one person, in Vietnamese and English. */
public record Notification(long id, String recipient, String kind, String subjectId, String titleVi, String titleEn,
                           String bodyVi, String bodyEn, String link, Instant createdAt, Instant readAt) {

    public boolean read() {
        return readAt != null;
    }
}

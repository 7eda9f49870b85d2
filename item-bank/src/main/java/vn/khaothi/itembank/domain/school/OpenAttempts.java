package vn.khaothi.itembank.domain.school;

import java.time.Instant;
import java.util.Set;

/**
 * What the bank needs to know about a student's attempts (bài làm) to serve an item's pictures:
 * a student sees a picture only while an attempt of theirs in progress shows it. The engine owns
 * attempts and papers and implements this port.
 */
public interface OpenAttempts {

    /**
     * The bank item versions ({@code bank_item_version.id}) on the papers of the attempts this
     * student (by username) has in progress at {@code now}: started, not submitted, time not over.
     */
    Set<Long> itemVersionsBefore(String username, Instant now);
}

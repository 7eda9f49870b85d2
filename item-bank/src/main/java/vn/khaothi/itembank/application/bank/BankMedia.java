package vn.khaothi.itembank.application.bank;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import vn.khaothi.itembank.domain.school.OpenAttempts;
import vn.khaothi.itembank.infrastructure.format.MediaFiles;

/**
 * Pictures of items over the application: a teacher uploads one (checked by content, stored once
 * per hash) and gets its URL for the item HTML; a picture is served to staff, and to a student only
 * while an attempt of theirs in progress holds an item version that shows it.
 */
@ApplicationScoped
public class BankMedia {

    @PersistenceContext(unitName = "khaothi")
    EntityManager em;

    /** Which item versions a student's attempts in progress show, asked of the engine that runs them. */
    @jakarta.inject.Inject
    OpenAttempts openAttempts;

    /** What an upload answers. */
    public record Stored(String url, String hash, String mediaType, int size) {
    }

    /** Stores the picture; {@link BankException} (400) when it is not one we keep. */
    @Transactional
    public Stored upload(String actor, byte[] bytes) {
        if (bytes.length == 0) {
            throw BankException.invalid("the upload is empty; send the picture's bytes");
        }
        MediaFiles.Picture picture;
        try {
            picture = MediaFiles.check("the picture", bytes);
        } catch (MediaFiles.MediaRefused e) {
            throw BankException.invalid(e.getMessage());
        }
        String url = new MediaLibrary(em).put(picture, actor);
        return new Stored(url, picture.hash(), picture.mediaType(), bytes.length);
    }

    /**
     * The picture if this caller may see it: staff always, a student only through an open attempt.
     * Empty when there is no such picture; {@link BankException} (403) when a student may not.
     */
    @Transactional
    public Optional<MediaLibrary.Media> forCaller(String username, boolean staff, String hash) {
        MediaLibrary library = new MediaLibrary(em);
        Optional<MediaLibrary.Media> media = library.find(hash);
        if (media.isPresent() && !staff
                && !library.shownInAny(openAttempts.itemVersionsBefore(username, java.time.Instant.now()), hash)) {
            throw BankException.forbidden("This picture belongs to no test you are taking now");
        }
        return media;
    }
}

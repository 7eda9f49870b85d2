package vn.khaothi.itembank.application.bank;

import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.khaothi.itembank.domain.item.ItemContent;
import vn.khaothi.itembank.infrastructure.format.ItemTexts;
import vn.khaothi.itembank.infrastructure.format.MediaFiles;

/**
 * Pictures of items in the database ({@code bank_media}, one row per SHA-256 of the bytes). Item
 * HTML refers to a stored picture as {@code /api/v1/bank/media/<hash>}: saving a content moves its
 * {@code data:} pictures into the table ({@link #store}) and records which version shows which
 * picture ({@link #recordUse}); writing a file or printing a paper puts the bytes back
 * ({@link #inline}), so that the format writers and the PDF see self-contained HTML.
 */
public final class MediaLibrary {

    public static final String URL_PREFIX = "/api/v1/bank/media/";
    private static final Pattern URL = Pattern.compile("/?api/v1/bank/media/([0-9a-f]{64})");

    private final EntityManager em;

    public MediaLibrary(EntityManager em) {
        this.em = em;
    }

    /** A stored picture. */
    public record Media(String hash, String mediaType, byte[] bytes) {
    }

    /** Stores a checked picture (once per content) and answers its URL. */
    public String put(MediaFiles.Picture p, String actor) {
        Number known = (Number) em.createNativeQuery("SELECT COUNT(*) FROM bank_media WHERE hash = ?1")
                .setParameter(1, p.hash()).getSingleResult();
        if (known.intValue() == 0) {
            em.createNativeQuery("INSERT INTO bank_media (hash, media_type, byte_size, content, created_by, created_at) "
                            + "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                    .setParameter(1, p.hash()).setParameter(2, p.mediaType()).setParameter(3, p.bytes().length)
                    .setParameter(4, p.bytes()).setParameter(5, actor)
                    .setParameter(6, LocalDateTime.now(ZoneOffset.UTC)).executeUpdate();
        }
        return URL_PREFIX + p.hash();
    }

    /** The content with its {@code data:} pictures stored and replaced by their URLs. */
    public ItemContent store(ItemContent content, String actor) {
        if (ItemTexts.all(content).stream().noneMatch(html -> html.contains("data:image/"))) {
            return content;
        }
        return ItemTexts.map(content, html -> {
            String out = html;
            for (Map.Entry<String, MediaFiles.Picture> p : MediaFiles.inHtml(html).entrySet()) {
                out = out.replace(p.getKey(), put(p.getValue(), actor));
            }
            return out;
        });
    }

    /** The stored pictures a content refers to. */
    public Set<String> hashesIn(ItemContent content) {
        Set<String> hashes = new LinkedHashSet<>();
        for (String html : ItemTexts.all(content)) {
            Matcher m = URL.matcher(html);
            while (m.find()) {
                hashes.add(m.group(1));
            }
        }
        return hashes;
    }

    /** Records that a saved version shows these pictures (those that are stored; others are dead links). */
    public void recordUse(long versionId, ItemContent content) {
        for (String hash : hashesIn(content)) {
            em.createNativeQuery("INSERT INTO bank_item_version_media (version_id, hash) "
                            + "SELECT ?1, hash FROM bank_media WHERE hash = ?2 "
                            + "AND NOT EXISTS (SELECT 1 FROM bank_item_version_media WHERE version_id = ?1 AND hash = ?2)")
                    .setParameter(1, versionId).setParameter(2, hash).executeUpdate();
        }
    }

    /** The content with stored pictures put back as {@code data:} URIs (for files and printing). */
    public ItemContent inline(ItemContent content) {
        if (hashesIn(content).isEmpty()) {
            return content;
        }
        return ItemTexts.map(content, html -> {
            Matcher m = URL.matcher(html);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                Optional<Media> media = find(m.group(1));
                m.appendReplacement(out, Matcher.quoteReplacement(media.map(x -> "data:" + x.mediaType() + ";base64,"
                        + java.util.Base64.getEncoder().encodeToString(x.bytes())).orElse(m.group())));
            }
            m.appendTail(out);
            return out.toString();
        });
    }

    public Optional<Media> find(String hash) {
        if (hash == null || !hash.matches("[0-9a-f]{64}")) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT media_type, content FROM bank_media WHERE hash = ?1")
                .setParameter(1, hash).getResultList();
        return rows.stream().findFirst().map(r -> new Media(hash, (String) r[0], (byte[]) r[1]));
    }

    /**
     * Whether one of these item versions (e.g. those of a student's open attempts, which the
     * engine knows: {@link vn.khaothi.itembank.domain.school.OpenAttempts}) shows the picture.
     */
    public boolean shownInAny(Set<Long> itemVersionIds, String hash) {
        if (itemVersionIds.isEmpty()) {
            return false;
        }
        String in = itemVersionIds.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
        Number n = (Number) em.createNativeQuery("SELECT COUNT(*) FROM bank_item_version_media WHERE hash = ?1"
                        + " AND version_id IN (" + in + ")")
                .setParameter(1, hash).getSingleResult();
        return n.intValue() > 0;
    }
}

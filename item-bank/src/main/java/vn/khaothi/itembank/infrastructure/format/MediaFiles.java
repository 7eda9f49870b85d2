package vn.khaothi.itembank.infrastructure.format;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pictures carried by item HTML as {@code data:image/…;base64,…} sources, and the files a format
 * stores them in (Moodle {@code @@PLUGINFILE@@} files, files in a QTI package). The type is judged
 * by the bytes, never by the file name: PNG, JPEG, GIF and WebP are kept; SVG is refused (it can
 * carry script) and so is anything else or anything over {@link #MAX_BYTES}.
 */
public final class MediaFiles {

    /** Per picture. A scanned figure is a few hundred KB; a photo of a page may be 1–2 MB. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private static final Pattern DATA_URI = Pattern.compile("data:(image/[a-z+.-]+);base64,([A-Za-z0-9+/=\\s]+)");
    private static final Map<String, String> EXTENSIONS = Map.of("image/png", "png", "image/jpeg", "jpg",
            "image/gif", "gif", "image/webp", "webp");

    private MediaFiles() {
    }

    /** One picture: its type (by content), bytes and SHA-256 (hex), which names the file. */
    public record Picture(String mediaType, byte[] bytes, String hash) {

        public String fileName() {
            return hash.substring(0, 16) + "." + EXTENSIONS.get(mediaType);
        }

        public String dataUri() {
            return "data:" + mediaType + ";base64," + Base64.getEncoder().encodeToString(bytes);
        }

        public String base64() {
            return Base64.getEncoder().encodeToString(bytes);
        }
    }

    /** The picture in {@code bytes}, or why it cannot be kept (in words for a teacher). */
    public static Picture check(String name, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new MediaRefused(name + " is " + (bytes.length / 1024) + " KB; pictures may be at most "
                    + (MAX_BYTES / 1024 / 1024) + " MB");
        }
        String type = sniff(bytes).orElseThrow(() -> new MediaRefused(isSvg(bytes)
                ? name + " is an SVG drawing, which can carry script; save it as PNG"
                : name + " is not a PNG, JPEG, GIF or WebP picture"));
        return new Picture(type, bytes, sha256(bytes));
    }

    /** The media type the bytes really are (PNG, JPEG, GIF, WebP), if any. */
    public static Optional<String> sniff(byte[] b) {
        if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return Optional.of("image/png");
        }
        if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
            return Optional.of("image/jpeg");
        }
        if (b.length >= 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8') {
            return Optional.of("image/gif");
        }
        if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E'
                && b[10] == 'B' && b[11] == 'P') {
            return Optional.of("image/webp");
        }
        return Optional.empty();
    }

    private static boolean isSvg(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, 512), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        return head.contains("<svg");
    }

    /** The pictures a piece of HTML carries as data URIs, by URI (each once). Undecodable ones are left out. */
    public static Map<String, Picture> inHtml(String html) {
        Map<String, Picture> out = new LinkedHashMap<>();
        Matcher m = DATA_URI.matcher(html);
        while (m.find()) {
            String uri = m.group();
            if (out.containsKey(uri)) {
                continue;
            }
            try {
                byte[] bytes = Base64.getMimeDecoder().decode(m.group(2));
                out.put(uri, check("picture", bytes));
            } catch (IllegalArgumentException | MediaRefused e) {
                // Not a picture we can carry as a file: the writer leaves the HTML as it is.
            }
        }
        return out;
    }

    /** Every data URI picture in the given HTML texts, each once, in order. */
    public static List<Picture> allIn(List<String> htmls) {
        Map<String, Picture> byHash = new LinkedHashMap<>();
        for (String html : htmls) {
            inHtml(html).values().forEach(p -> byHash.putIfAbsent(p.hash(), p));
        }
        return new ArrayList<>(byHash.values());
    }

    /** The HTML with every data URI picture replaced by {@code prefix + fileName}. */
    public static String referenced(String html, String prefix) {
        String out = html;
        for (Map.Entry<String, Picture> e : inHtml(html).entrySet()) {
            out = out.replace(e.getKey(), prefix + e.getValue().fileName());
        }
        return out;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A file that cannot be kept as a picture; the message says why. */
    public static final class MediaRefused extends RuntimeException {
        public MediaRefused(String message) {
            super(message);
        }
    }
}

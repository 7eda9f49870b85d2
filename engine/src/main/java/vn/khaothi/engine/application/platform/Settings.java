package vn.khaothi.engine.application.platform;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads one deployment setting by its environment-variable name (e.g. {@code KHAOTHI_DB_URL}).
 *
 * <p>A JVM system property wins over the environment so that a test or an operator can override
 * a value with {@code -D}; the property may be spelt like the variable or in MicroProfile's dotted
 * lower case ({@code khaothi.db.url}). This class exists because the database must be located
 * before the container's configuration service is usable (the connection pool asks for it).
 */
public final class Settings {

    private Settings() {
    }

    /** The value, or empty when unset or blank. */
    public static Optional<String> get(String name) {
        String dotted = name.toLowerCase(Locale.ROOT).replace('_', '.');
        for (String candidate : new String[] {System.getProperty(name), System.getProperty(dotted), System.getenv(name)}) {
            if (candidate != null && !candidate.isBlank()) {
                return Optional.of(candidate.trim());
            }
        }
        return Optional.empty();
    }

    public static String get(String name, String defaultValue) {
        return get(name).orElse(defaultValue);
    }

    /** {@code KHAOTHI_DATA_DIR}, by default {@code ~/.khaothi}: the embedded database, keys, uploads. */
    public static Path dataDir() {
        return Path.of(get("KHAOTHI_DATA_DIR", Path.of(System.getProperty("user.home"), ".khaothi").toString()))
                .toAbsolutePath().normalize();
    }
}

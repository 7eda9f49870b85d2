package vn.khaothi.engine.infrastructure.database;

import java.util.Optional;
import vn.khaothi.engine.application.platform.Settings;

/**
 * Where the application's database is.
 *
 * <p>{@code KHAOTHI_DB_URL}, {@code KHAOTHI_DB_USER} and {@code KHAOTHI_DB_PASSWORD} select an
 * external MariaDB (or Galera cluster). With no URL the embedded MariaDB in
 * {@code KHAOTHI_DATA_DIR} is used, so a newcomer needs nothing installed (api-contract.md,
 * "Running").
 */
public record DatabaseSettings(Optional<String> externalUrl, String user, String password) {

    public static DatabaseSettings fromEnvironment() {
        return new DatabaseSettings(
                Settings.get("KHAOTHI_DB_URL"),
                Settings.get("KHAOTHI_DB_USER", "root"),
                Settings.get("KHAOTHI_DB_PASSWORD", ""));
    }

    public boolean embedded() {
        return externalUrl.isEmpty();
    }
}

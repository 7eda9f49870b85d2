package vn.khaothi.web.platform;

import vn.khaothi.engine.application.platform.Database;
import vn.khaothi.engine.application.platform.Settings;

/** {@code KHAOTHI_DEMO}: on by default only with the embedded database (api-contract.md). */
final class DemoMode {

    private DemoMode() {
    }

    static boolean enabled() {
        return Settings.get("KHAOTHI_DEMO")
                .map(Boolean::parseBoolean)
                .orElseGet(Database::embedded);
    }
}

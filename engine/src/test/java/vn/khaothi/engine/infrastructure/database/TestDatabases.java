package vn.khaothi.engine.infrastructure.database;

import java.nio.file.Path;

/** Test support: lets tests of other packages start their own embedded MariaDB on their own data dir. */
public final class TestDatabases {

    private TestDatabases() {
    }

    /** A separate server (not the JVM-wide one of {@link EmbeddedDatabase#ensureStarted}); stop it after use. */
    public static EmbeddedDatabase start(Path dataDir) {
        return EmbeddedDatabase.start(dataDir);
    }
}

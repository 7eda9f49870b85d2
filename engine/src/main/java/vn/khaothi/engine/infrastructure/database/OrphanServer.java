package vn.khaothi.engine.infrastructure.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * A MariaDB server left running by a previous run of the application that was killed before it
 * could stop its embedded database. It still holds the data directory's locks, so it is stopped
 * before a new server is started on the same data.
 */
final class OrphanServer {

    private static final Logger LOG = Logger.getLogger(OrphanServer.class.getName());

    private OrphanServer() {
    }

    static void stopIfRunning(Path pidFile) throws IOException {
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        String text = Files.readString(pidFile).trim();
        if (!text.matches("\\d+")) {
            return;
        }
        ProcessHandle.of(Long.parseLong(text))
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("mariadbd") || c.contains("mysqld")).orElse(false))
                .ifPresent(OrphanServer::stop);
    }

    private static void stop(ProcessHandle process) {
        LOG.warning(() -> "Stopping an orphaned embedded MariaDB (pid " + process.pid() + ") left by an earlier run");
        process.destroy();
        try {
            process.onExit().get(60, TimeUnit.SECONDS);
        } catch (Exception stillRunning) {
            process.destroyForcibly();
        }
    }
}

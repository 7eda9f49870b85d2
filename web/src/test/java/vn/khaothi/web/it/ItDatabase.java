package vn.khaothi.web.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A direct connection to the database the container under test uses, for fixtures the API does
 * not offer (yet) and for checking that a refusal stored nothing. The external test database
 * when {@code KHAOTHI_TEST_DB_URL} is set; otherwise the embedded MariaDB in
 * {@code KHAOTHI_DATA_DIR}: its port read from the running server's command line (pid file), its
 * password from the data dir, as the application itself reads them.
 */
final class ItDatabase {

    private ItDatabase() {
    }

    static Connection connect() throws SQLException, IOException {
        String external = System.getenv("KHAOTHI_TEST_DB_URL");
        if (external != null && !external.isBlank()) {
            return DriverManager.getConnection(external, System.getenv("KHAOTHI_TEST_DB_USER"),
                    System.getenv("KHAOTHI_TEST_DB_PASSWORD"));
        }
        Path dataDir = Path.of(System.getenv("KHAOTHI_DATA_DIR"));
        String pid = Files.readString(dataDir.resolve("mariadbd.pid"), StandardCharsets.US_ASCII).trim();
        String commandLine = Files.readString(Path.of("/proc", pid, "cmdline"), StandardCharsets.UTF_8).replace('\0', ' ');
        Matcher port = Pattern.compile("--port=(\\d+)").matcher(commandLine);
        if (!port.find()) {
            throw new IllegalStateException("no --port in the embedded MariaDB's command line: " + commandLine);
        }
        String password = Files.readString(dataDir.resolve("db-password"), StandardCharsets.US_ASCII).trim();
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port.group(1) + "/khaothi", "khaothi", password);
    }
}

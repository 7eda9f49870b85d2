package vn.khaothi.launcher;

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
 * join each other by multicast. Any option given on the command line wins.
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
        Class.forName("fish.payara.micro.PayaraMicro")
                .getMethod("main", String[].class)
                .invoke(null, (Object) options.toArray(String[]::new));
    }

    private static boolean has(List<String> options, String option) {
        return options.stream().anyMatch(o -> o.toLowerCase(Locale.ROOT).equals(option));
    }

    private static String env(String name, String defaultValue) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? defaultValue : value.trim();
    }
}

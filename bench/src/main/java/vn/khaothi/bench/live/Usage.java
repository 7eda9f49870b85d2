package vn.khaothi.bench.live;

import java.nio.file.Files;
import java.nio.file.Path;

/** CPU (% of one core, averaged since the stage's answering began) and RSS from /proc. */
final class Usage {
    private static final double TICKS = 100.0; // USER_HZ on Linux
    private final long server;
    private final long database;
    private final long startNanos = System.nanoTime();
    private final double serverStart;
    private final double databaseStart;

    Usage(long server, long database) {
        this.server = server;
        this.database = database;
        this.serverStart = cpuSeconds(server);
        this.databaseStart = cpuSeconds(database);
    }

    record Sample(double serverCpu, long serverRssMb, double databaseCpu) {
    }

    Sample sample() {
        double wall = (System.nanoTime() - startNanos) / 1e9;
        return new Sample(100 * (cpuSeconds(server) - serverStart) / wall, rssMb(server),
                100 * (cpuSeconds(database) - databaseStart) / wall);
    }

    private static double cpuSeconds(long pid) {
        if (pid <= 0) {
            return 0;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS; // utime, stime
        } catch (Exception e) {
            return 0;
        }
    }

    private static long rssMb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (Exception e) {
            return 0;
        }
        return 0;
    }
}

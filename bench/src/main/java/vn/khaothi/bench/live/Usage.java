package vn.khaothi.bench.live;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU (% of one core, averaged since the stage's answering began) and RSS from /proc. The server may
 * be several processes (the nodes of a cluster, issue 19's scale-out figure): their CPU and RSS add up.
 */
final class Usage {
    private static final double TICKS = 100.0; // USER_HZ on Linux
    private final long[] servers;
    private final long database;
    private final long startNanos = System.nanoTime();
    private final double serverStart;
    private final double databaseStart;

    Usage(long[] servers, long database) {
        this.servers = servers.clone();
        this.database = database;
        this.serverStart = serverCpuSeconds();
        this.databaseStart = cpuSeconds(database);
    }

    private double serverCpuSeconds() {
        double sum = 0;
        for (long pid : servers) {
            sum += cpuSeconds(pid);
        }
        return sum;
    }

    record Sample(double serverCpu, long serverRssMb, double databaseCpu) {
    }

    Sample sample() {
        double wall = (System.nanoTime() - startNanos) / 1e9;
        long rss = 0;
        for (long pid : servers) {
            rss += rssMb(pid);
        }
        return new Sample(100 * (serverCpuSeconds() - serverStart) / wall, rss,
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

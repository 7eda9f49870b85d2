package vn.khaothi.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;

class LauncherTest {

    @Test
    void aTakenPortIsSeenBeforePayaraStarts() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(0));
            assertFalse(Launcher.portIsFree(taken.getLocalPort()));
        }
        int free;
        try (ServerSocket probe = new ServerSocket(0)) {
            free = probe.getLocalPort();
        }
        assertTrue(Launcher.portIsFree(free));
    }

    @Test
    void thePortComesFromTheOptions() {
        assertEquals(18123, Launcher.portOf(List.of("--nocluster", "--port", "18123")));
        assertEquals(8080, Launcher.portOf(List.of("--nocluster")));
    }
}

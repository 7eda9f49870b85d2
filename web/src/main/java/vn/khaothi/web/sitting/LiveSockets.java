package vn.khaothi.web.sitting;

import jakarta.websocket.Endpoint;
import jakarta.websocket.server.ServerApplicationConfig;
import jakarta.websocket.server.ServerEndpointConfig;
import java.util.HashSet;
import java.util.Set;
import vn.khaothi.proctor.live.AttemptSocket;
import vn.khaothi.proctor.live.MonitorSocket;

/** Wires the proctor module's two sockets into the application (whatever the container scanned). */
public class LiveSockets implements ServerApplicationConfig {

    @Override
    public Set<ServerEndpointConfig> getEndpointConfigs(Set<Class<? extends Endpoint>> endpointClasses) {
        return Set.of();
    }

    @Override
    public Set<Class<?>> getAnnotatedEndpointClasses(Set<Class<?>> scanned) {
        Set<Class<?>> endpoints = new HashSet<>(scanned);
        endpoints.add(AttemptSocket.class);
        endpoints.add(MonitorSocket.class);
        return endpoints;
    }
}

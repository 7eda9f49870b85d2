package vn.khaothi.web.platform;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.websocket.server.ServerContainer;
import java.util.logging.Logger;
import vn.khaothi.proctor.live.IdleTimers;
import vn.khaothi.proctor.live.AttemptSocket;

/**
 * Sets the socket container up when the application starts, before any socket opens: the
 * attempt sockets' idle timeout as the container's default, and the idle timers on a plain
 * scheduler ({@link IdleTimers} says why both matter under load, issue 19).
 */
@WebListener
public class SocketContainerSetup implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(SocketContainerSetup.class.getName());

    @Inject
    IdleTimers idleTimers;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        Object container = event.getServletContext().getAttribute(ServerContainer.class.getName());
        if (container instanceof ServerContainer sockets) {
            idleTimers.install(sockets, AttemptSocket.IDLE_TIMEOUT_MS);
        } else {
            LOG.warning("No WebSocket server container at start-up: the sockets keep the container's defaults");
        }
    }
}

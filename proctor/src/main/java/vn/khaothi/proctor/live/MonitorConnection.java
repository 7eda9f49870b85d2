package vn.khaothi.proctor.live;

import jakarta.websocket.Session;

/** One proctor's authenticated monitor socket on a sitting. */
record MonitorConnection(Session session, long sittingId, String username) {
}

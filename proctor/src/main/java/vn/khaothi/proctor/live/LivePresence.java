package vn.khaothi.proctor.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.khaothi.engine.application.sitting.ProctorPresence;

/** The engine's {@link ProctorPresence} port: a proctor's monitor socket is open on this node. */
@ApplicationScoped
public class LivePresence implements ProctorPresence {

    @Inject
    LiveHub hub;

    @Override
    public boolean proctorConnected(long sittingId) {
        return hub.proctorConnected(sittingId);
    }
}

package vn.khaothi.engine.application.sitting;

/**
 * Whether a proctor (giám thị) is watching a sitting's monitor now: a fact only the live layer
 * knows (a port it implements), which the online-start rule needs.
 */
@FunctionalInterface
public interface ProctorPresence {

    boolean proctorConnected(long sittingId);
}

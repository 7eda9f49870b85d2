package vn.khaothi.engine.application.remote;

import java.util.Optional;
import vn.khaothi.engine.domain.remote.SittingRef;

/** Where the workflow looks sittings up; the sittings module will implement it. */
@FunctionalInterface
public interface SittingCatalog {

    Optional<SittingRef> find(String sittingId);
}

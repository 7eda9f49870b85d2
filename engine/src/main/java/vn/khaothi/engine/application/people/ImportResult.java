package vn.khaothi.engine.application.people;

import java.util.List;

/** A stored import: how many people, and their initial credentials (shown once). */
public record ImportResult(int imported, List<InitialCredential> credentials) {
}

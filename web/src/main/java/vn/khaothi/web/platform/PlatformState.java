package vn.khaothi.web.platform;

import jakarta.enterprise.context.ApplicationScoped;

/** Whether start-up has finished, and what it found; read by the health check and ops endpoint. */
@ApplicationScoped
public class PlatformState {

    private volatile boolean ready;
    private volatile String failure;
    private volatile String schemaVersion;
    private volatile boolean demoMode;

    void ready() {
        this.ready = true;
    }

    void failed(String reason) {
        this.failure = reason;
    }

    void schemaVersion(String version) {
        this.schemaVersion = version;
    }

    void demoMode(boolean on) {
        this.demoMode = on;
    }

    public boolean isReady() {
        return ready;
    }

    public String failure() {
        return failure;
    }

    public String schemaVersion() {
        return schemaVersion;
    }

    public boolean demoMode() {
        return demoMode;
    }
}

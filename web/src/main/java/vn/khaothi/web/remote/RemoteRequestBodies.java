package vn.khaothi.web.remote;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Request bodies (classes with public fields: Payara's OpenAPI generator does not take records). */
public final class RemoteRequestBodies {

    private RemoteRequestBodies() {
    }

    /**
     * A filing. {@code evidence} lists the ids that {@code POST /api/v1/evidence} returned for the
     * filer's own uploads. A student may leave {@code studentId} out (themselves).
     */
    public static class FileRequest {
        @Size(max = 64)
        public String studentId;
        @NotBlank
        @Size(max = 64)
        public String sittingId;
        @NotBlank
        public String reason;
        @Size(max = 4000)
        public String explanation;
        @Size(max = 10)
        public List<String> evidence;
    }

    /** A decision: approve with a form, or reject with a note. */
    public static class Decision {
        @NotNull
        public Boolean approve;
        public String form;
        @Size(max = 4000)
        public String note;
    }

    /** A delegation from the principal to a deputy for a period; instants in ISO-8601 (UTC or with an offset). */
    public static class DelegationRequest {
        @NotBlank
        @Size(max = 64)
        public String deputyId;
        @Size(max = 64)
        public String principalId;
        @Size(max = 40)
        public String scope;
        @NotBlank
        public String validFrom;
        @NotBlank
        public String validUntil;
    }
}

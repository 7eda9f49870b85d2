package vn.khaothi.engine.domain.remote;

/** The form the head of the school chooses for an approved remote assessment (hình thức). */
public enum RemoteForm {
    /** A computer test taken online under live monitoring by a proctor. */
    ONLINE_PROCTORED,
    /** An oral examination by video with the teacher (vấn đáp trực tuyến). */
    ONLINE_ORAL
}

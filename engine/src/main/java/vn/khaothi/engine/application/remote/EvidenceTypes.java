package vn.khaothi.engine.application.remote;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MimeTypes;

/**
 * The type of an evidence file from its bytes alone (Apache Tika's magic-number database, the
 * one shipped in tika-core), never from its name or the browser's header: a script renamed
 * {@code .pdf} is {@code text/plain}, an HTML page sent as {@code image/png} is {@code text/html}.
 */
final class EvidenceTypes {

    /** Tika's default MIME repository: magic bytes only, because no name is given to it. */
    private static final Detector DETECTOR = MimeTypes.getDefaultMimeTypes();

    private EvidenceTypes() {
    }

    /** The detected media type without parameters, e.g. {@code application/pdf}. */
    static String detect(byte[] content) {
        try (InputStream in = new ByteArrayInputStream(content)) {
            return DETECTOR.detect(in, new Metadata()).getBaseType().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package vn.khaothi.itembank.application.exporting;

import java.util.List;

/**
 * A written file and what it could not carry (e.g. "GIFT has no points; item 3 is worth 0.25").
 *
 * @param mediaType  e.g. {@code text/plain}, {@code application/xml}, {@code application/zip}
 * @param extension  the file name extension to offer, without the dot
 */
public record ExportResult(byte[] file, String mediaType, String extension, List<String> warnings) {

    public ExportResult {
        warnings = List.copyOf(warnings);
    }
}

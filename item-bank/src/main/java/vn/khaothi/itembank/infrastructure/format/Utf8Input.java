package vn.khaothi.itembank.infrastructure.format;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import vn.khaothi.itembank.application.importing.ImportMessage;

/**
 * Decodes an uploaded text file strictly as UTF-8. A file in a legacy code page (Windows-1252,
 * TCVN3/VNI fonts) would otherwise import as garbage, so it is refused with the line of the first
 * bad byte. A UTF-8 byte order mark is dropped.
 */
public final class Utf8Input {

    private final String text;
    private final ImportMessage problem;

    private Utf8Input(String text, ImportMessage problem) {
        this.text = text;
        this.problem = problem;
    }

    public static Utf8Input decode(byte[] bytes, String formatName) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            CharBuffer chars = decoder.decode(in);
            return new Utf8Input(chars.toString(), null);
        } catch (CharacterCodingException e) {
            int bad = firstBadByte(bytes, start);
            int line = 1;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            return new Utf8Input(null, ImportMessage.atLine(line, String.format(
                    "the file is not UTF-8 (byte 0x%02X at offset %d); %s files must be saved as UTF-8",
                    bytes[bad] & 0xFF, bad, formatName)));
        }
    }

    private static int firstBadByte(byte[] bytes, int from) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }

    public Optional<String> text() {
        return Optional.ofNullable(text);
    }

    public Optional<ImportMessage> problem() {
        return Optional.ofNullable(problem);
    }
}

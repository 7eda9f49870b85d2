package vn.khaothi.itembank.domain.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The shared provider builds JSON, and no main source goes back to {@code Json.create…} (a provider lookup per call). */
class JsonpTest {

    private static final Pattern LOOKUP_PER_CALL = Pattern.compile("\\bJson\\s*\\.\\s*create");

    @Test
    void oneProviderBuildsJson() {
        assertSame(Jsonp.JSON, Jsonp.JSON);
        assertEquals("{\"a\":1}", Jsonp.JSON.createObjectBuilder().add("a", 1).build().toString());
    }

    @Test
    void noMainSourceLooksTheProviderUpPerCall() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent(); // the reactor: item-bank's parent folder
        List<String> offenders;
        try (Stream<Path> files = Stream.of("rules", "item-bank", "engine", "proctor", "web")
                .map(m -> root.resolve(m).resolve("src/main/java")).filter(Files::isDirectory)
                .flatMap(JsonpTest::walk)) {
            offenders = files.filter(p -> p.toString().endsWith(".java")).filter(JsonpTest::looksUpPerCall)
                    .map(p -> root.relativize(p).toString()).toList();
        }
        assertTrue(Files.isDirectory(root.resolve("engine/src/main/java")), "the reactor is at " + root);
        assertEquals(List.of(), offenders, "use Jsonp.JSON.create… instead of Json.create…");
    }

    private static Stream<Path> walk(Path dir) {
        try {
            return Files.walk(dir);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean looksUpPerCall(Path file) {
        try {
            return LOOKUP_PER_CALL.matcher(Files.readString(file)).find();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

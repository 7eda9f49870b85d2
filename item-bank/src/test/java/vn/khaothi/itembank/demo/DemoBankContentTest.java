package vn.khaothi.itembank.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Structural rules of the demo item bank (Mathematics, grade 9) in the "khaothi-json" format.
 * Correctness of the keys is checked when the items are written (every item carries a worked
 * solution in {@code feedback}); this test guards the shape the importer and the scorer rely on.
 */
class DemoBankContentTest {

    private static final String RESOURCE = "/vn/khaothi/itembank/demo/math9.json";

    private static final Set<String> TYPES = Set.of("SINGLE_CHOICE", "MULTIPLE_RESPONSE", "TRUE_FALSE",
            "TRUE_FALSE_CLUSTER", "SHORT_NUMERIC", "SHORT_TEXT", "ESSAY");

    private enum Level { NB, TH, VD, VDC }

    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");

    private static JsonObject bank;

    /** One item with the chapter it belongs to, for readable failure messages. */
    private record Item(String chapter, int index, JsonObject json) {
        String where() {
            return chapter + " item " + (index + 1);
        }
    }

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = DemoBankContentTest.class.getResourceAsStream(RESOURCE)) {
            assertNotNull(in, "missing classpath resource " + RESOURCE);
            try (JsonReader reader = Json.createReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                bank = reader.readObject();
            }
        }
    }

    private static List<Item> items() {
        List<Item> all = new ArrayList<>();
        for (JsonValue c : bank.getJsonArray("chapters")) {
            JsonObject chapter = c.asJsonObject();
            JsonArray items = chapter.getJsonArray("items");
            for (int i = 0; i < items.size(); i++) {
                all.add(new Item(chapter.getString("code"), i, items.getJsonObject(i)));
            }
        }
        return all;
    }

    @Test
    void header() {
        assertEquals("MATH", bank.getString("subject"));
        assertEquals(9, bank.getInt("grade"));
    }

    @Test
    void sizeOfTheBank() {
        JsonArray chapters = bank.getJsonArray("chapters");
        assertTrue(chapters.size() >= 8, "at least 8 chapters, found " + chapters.size());
        assertTrue(items().size() >= 240, "at least 240 items, found " + items().size());
        Set<String> codes = new java.util.HashSet<>();
        for (JsonValue c : chapters) {
            JsonObject chapter = c.asJsonObject();
            assertTrue(codes.add(chapter.getString("code")), "duplicate chapter code " + chapter.getString("code"));
            assertFalse(chapter.getString("title").isBlank(), "chapter title");
        }
    }

    @Test
    void everyChapterCoversAllFourLevels() {
        for (JsonValue c : bank.getJsonArray("chapters")) {
            JsonObject chapter = c.asJsonObject();
            Map<Level, Integer> count = new EnumMap<>(Level.class);
            for (Level l : Level.values()) {
                count.put(l, 0);
            }
            for (JsonValue v : chapter.getJsonArray("items")) {
                Level l = Level.valueOf(v.asJsonObject().getString("level"));
                count.merge(l, 1, Integer::sum);
            }
            String code = chapter.getString("code");
            assertTrue(count.get(Level.NB) >= 8, code + ": NB " + count);
            assertTrue(count.get(Level.TH) >= 8, code + ": TH " + count);
            assertTrue(count.get(Level.VD) >= 8, code + ": VD " + count);
            assertTrue(count.get(Level.VDC) >= 3, code + ": VDC " + count);
        }
    }

    @Test
    void commonFields() {
        for (Item it : items()) {
            JsonObject o = it.json();
            assertTrue(TYPES.contains(o.getString("type", "")), it.where() + ": type " + o.get("type"));
            assertFalse(o.getString("stem", "").isBlank(), it.where() + ": empty stem");
            assertFalse(o.getString("feedback", "").isBlank(), it.where() + ": empty feedback");
            assertTrue(o.containsKey("points") && o.getJsonNumber("points").bigDecimalValue().signum() > 0,
                    it.where() + ": points must be positive");
            assertTrue(o.containsKey("tags") && !o.getJsonArray("tags").isEmpty(), it.where() + ": tags");
        }
    }

    @Test
    void typeSpecificRules() {
        for (Item it : items()) {
            JsonObject o = it.json();
            String w = it.where();
            switch (o.getString("type")) {
                case "SINGLE_CHOICE" -> {
                    JsonArray options = o.getJsonArray("options");
                    assertEquals(4, options.size(), w + ": 4 options");
                    assertEquals(1, countCorrect(options), w + ": exactly one correct option");
                    assertDistinctNonBlankTexts(options, w);
                    assertEquals(0.25, o.getJsonNumber("points").doubleValue(), 1e-9, w + ": points");
                }
                case "MULTIPLE_RESPONSE" -> {
                    JsonArray options = o.getJsonArray("options");
                    assertTrue(options.size() >= 3, w + ": at least 3 options");
                    assertTrue(countCorrect(options) >= 1, w + ": at least one correct option");
                    assertDistinctNonBlankTexts(options, w);
                }
                case "TRUE_FALSE" -> assertTrue(o.get("answer") == JsonValue.TRUE || o.get("answer") == JsonValue.FALSE,
                        w + ": boolean answer");
                case "TRUE_FALSE_CLUSTER" -> {
                    JsonArray statements = o.getJsonArray("statements");
                    assertEquals(4, statements.size(), w + ": exactly 4 statements");
                    for (JsonValue s : statements) {
                        assertFalse(s.asJsonObject().getString("text").isBlank(), w + ": statement text");
                        JsonValue c = s.asJsonObject().get("correct");
                        assertTrue(c == JsonValue.TRUE || c == JsonValue.FALSE, w + ": statement flag");
                    }
                    assertEquals(1.0, o.getJsonNumber("points").doubleValue(), 1e-9, w + ": points");
                }
                case "SHORT_NUMERIC" -> {
                    String answer = o.getString("answer");
                    assertTrue(DECIMAL.matcher(answer).matches(), w + ": answer not a decimal: " + answer);
                    new BigDecimal(answer);
                    assertTrue(o.getJsonNumber("tolerance").bigDecimalValue().signum() >= 0, w + ": tolerance");
                }
                case "SHORT_TEXT" -> {
                    JsonArray answers = o.getJsonArray("answers");
                    assertFalse(answers.isEmpty(), w + ": accepted answers");
                    for (JsonValue a : answers) {
                        assertFalse(((JsonString) a).getString().isBlank(), w + ": blank accepted answer");
                    }
                }
                case "ESSAY" -> assertFalse(o.getString("guidance", "").isBlank(), w + ": marking guidance");
                default -> fail(w + ": unknown type");
            }
        }
    }

    @Test
    void latexDelimitersAreBalanced() {
        for (Item it : items()) {
            for (String text : texts(it.json())) {
                assertBalanced(text, it.where());
            }
        }
    }

    @Test
    void noDuplicateStems() {
        Map<String, String> seen = new HashMap<>();
        for (Item it : items()) {
            String key = it.json().getString("stem").replaceAll("\\s+", " ").trim();
            String before = seen.putIfAbsent(key, it.where());
            assertTrue(before == null, it.where() + " repeats the stem of " + before);
        }
    }

    private static int countCorrect(JsonArray options) {
        int n = 0;
        for (JsonValue v : options) {
            if (v.asJsonObject().getBoolean("correct")) {
                n++;
            }
        }
        return n;
    }

    private static void assertDistinctNonBlankTexts(JsonArray options, String where) {
        Set<String> texts = new java.util.HashSet<>();
        for (JsonValue v : options) {
            String t = v.asJsonObject().getString("text");
            assertFalse(t.isBlank(), where + ": blank option");
            assertTrue(texts.add(t), where + ": duplicate option " + t);
        }
    }

    /** Every text of an item that may be rendered: stem, feedback, guidance, options, statements. */
    private static List<String> texts(JsonObject o) {
        List<String> out = new ArrayList<>();
        out.add(o.getString("stem"));
        out.add(o.getString("feedback"));
        if (o.containsKey("guidance")) {
            out.add(o.getString("guidance"));
        }
        for (String key : List.of("options", "statements")) {
            if (o.containsKey(key)) {
                for (JsonValue v : o.getJsonArray(key)) {
                    out.add(v.asJsonObject().getString("text"));
                }
            }
        }
        return out;
    }

    private static final Pattern DELIMITER = Pattern.compile("\\\\[()\\[\\]]|\\\\(left|right)[.(\\[{|)\\]}]|\\\\[{}]|[{}]");

    /**
     * {@code \( … \)} pairs must alternate and not nest, no {@code \[ … \]} inside them,
     * and braces inside math must balance.
     */
    private static void assertBalanced(String text, String where) {
        boolean inMath = false;
        int braces = 0;
        Matcher m = DELIMITER.matcher(text);
        while (m.find()) {
            String d = m.group();
            switch (d) {
                case "\\(" -> {
                    assertFalse(inMath, where + ": nested \\( in: " + text);
                    inMath = true;
                    braces = 0;
                }
                case "\\)" -> {
                    assertTrue(inMath, where + ": \\) without \\( in: " + text);
                    assertEquals(0, braces, where + ": unbalanced braces in math: " + text);
                    inMath = false;
                }
                case "{" -> braces++;
                case "}" -> {
                    braces--;
                    assertTrue(braces >= 0 || !inMath, where + ": unbalanced } in math: " + text);
                }
                default -> {
                    // \{ \} \[ \] and \left / \right are content here
                }
            }
        }
        assertFalse(inMath, where + ": unterminated \\( in: " + text);
    }
}

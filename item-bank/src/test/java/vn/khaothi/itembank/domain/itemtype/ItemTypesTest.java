package vn.khaothi.itembank.domain.itemtype;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.khaothi.itembank.domain.json.Jsonp.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.khaothi.itembank.domain.item.ItemBody;
import vn.khaothi.itembank.domain.item.ItemTypeCode;

/**
 * Every registered item type is complete: its metadata for the pages ({@code GET /bank/item-types}) and a body
 * codec that writes back exactly the stored fields it read, and only the fields its metadata names. A new type
 * fails here until it has both (and a sample below).
 */
class ItemTypesTest {

    /** One stored body per type, in the stored JSON shape of docs/item-formats.md (numbers in their plain form). */
    private static final Map<ItemTypeCode, String> SAMPLES = Map.of(
            ItemTypeCode.SINGLE_CHOICE, """
                    {"options":[{"id":"A","text":"<b>a</b>","fraction":1,"feedback":"yes","locked":false},
                     {"id":"B","text":"b","fraction":0,"feedback":"","locked":true}]}""",
            ItemTypeCode.MULTIPLE_RESPONSE, """
                    {"options":[{"id":"A","text":"a","fraction":0.5,"feedback":"","locked":false},
                     {"id":"B","text":"b","fraction":0.5,"feedback":"","locked":false},
                     {"id":"C","text":"c","fraction":0,"feedback":"no","locked":false}]}""",
            ItemTypeCode.TRUE_FALSE, """
                    {"answer":false,"feedbackTrue":"t","feedbackFalse":"f"}""",
            ItemTypeCode.TRUE_FALSE_CLUSTER, """
                    {"statements":[{"id":"a","text":"a","correct":true},{"id":"b","text":"b","correct":false},
                     {"id":"c","text":"c","correct":true},{"id":"d","text":"d","correct":false}]}""",
            ItemTypeCode.SHORT_NUMERIC, """
                    {"answers":[{"value":2.5,"tolerance":0.01,"fraction":1,"feedback":""},
                     {"value":null,"tolerance":0,"fraction":0,"feedback":"other"}]}""",
            ItemTypeCode.SHORT_TEXT, """
                    {"answers":[{"text":"Hà Nội","fraction":1,"feedback":""}],"caseSensitive":true}""",
            ItemTypeCode.MATCHING, """
                    {"pairs":[{"id":"P1","left":"1","right":"a","weight":1},{"id":"P2","left":"2","right":"b","weight":1}]}""",
            ItemTypeCode.ORDERING, """
                    {"sequence":[{"id":"E1","text":"x"},{"id":"E2","text":"y"}]}""",
            ItemTypeCode.CLOZE, """
                    {"gaps":[{"id":"G1","kind":"TEXT","weight":1,"caseSensitive":false,
                     "answers":[{"id":"G1A1","text":"p","tolerance":0,"fraction":1,"feedback":""}]}]}""",
            ItemTypeCode.ESSAY, """
                    {"guidance":"g","responseTemplate":"","rubric":[{"id":"c1","name":"Lập luận",
                     "levels":[{"label":"Chưa đạt","points":0},{"label":"Đạt","points":0.5}]}]}""");

    @Test
    void everyCodeHasOneRegisteredTypeInTheListThePagesShow() {
        Set<ItemTypeCode> registered = EnumSet.noneOf(ItemTypeCode.class);
        ItemTypes.all().forEach(type -> assertTrue(registered.add(type.code()), "twice: " + type.code()));
        assertEquals(EnumSet.allOf(ItemTypeCode.class), registered);
        assertEquals(Arrays.asList(ItemTypeCode.values()), ItemTypes.infos().stream().map(ItemTypeInfo::code).toList());
    }

    @Test
    void everyTypeHasCompleteMetadata() {
        Set<String> labelsVi = new HashSet<>();
        for (ItemType type : ItemTypes.all()) {
            ItemTypeInfo info = type.info();
            assertEquals(type.code(), info.code());
            assertFalse(info.labelVi().isBlank(), type.code() + " has no Vietnamese label");
            assertFalse(info.labelEn().isBlank(), type.code() + " has no English label");
            assertNotEquals(type.code().name(), info.labelVi(), type.code() + ": the label is the code");
            assertTrue(labelsVi.add(info.labelVi()), "two types are called " + info.labelVi());
            assertFalse(info.bodyFields().isEmpty(), type.code() + " names no body field");
        }
        assertFalse(ItemTypes.of(ItemTypeCode.ESSAY).info().autoScored(), "a teacher grades essays");
        assertTrue(ItemTypes.of(ItemTypeCode.SINGLE_CHOICE).info().autoScored());
    }

    @Test
    void everyTypeWritesBackTheBodyItRead() {
        assertEquals(EnumSet.allOf(ItemTypeCode.class), EnumSet.copyOf(SAMPLES.keySet()), "a sample per type");
        for (ItemType type : ItemTypes.all()) {
            JsonObject stored = JSON.createReader(new StringReader(SAMPLES.get(type.code()))).readObject();
            ItemBody body = type.readBody(stored);
            assertTrue(type.bodyShape().isInstance(body), type.code() + " read a " + body.getClass().getSimpleName());

            JsonObjectBuilder written = JSON.createObjectBuilder();
            type.writeBody(body, written);
            JsonObject again = written.build();
            assertEquals(stored, again, type.code().name());
            assertEquals(new HashSet<>(type.info().bodyFields()), again.keySet(), type.code() + ": fields vs metadata");
            assertEquals(type.bodyShape(), ItemTypes.forBody(body).bodyShape(), type.code() + ": written by another shape");
            assertEquals(body, type.mapTexts(body, t -> t), type.code() + ": mapping no text changes nothing");
            assertNotEquals(body, type.mapTexts(body, t -> vn.khaothi.itembank.domain.item.RichText.html(t.html() + "!")),
                    type.code() + ": every sample has a rich text in its body");
        }
    }

    @Test
    void aBodyOfTheWrongShapeNamesTheField() {
        JsonObject stored = JSON.createReader(new StringReader("{\"statements\":[{\"id\":\"a\",\"text\":\"x\"}]}")).readObject();
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ItemTypes.of(ItemTypeCode.TRUE_FALSE_CLUSTER).readBody(stored));
        assertEquals("statements[0]: correct must be true or false", e.getMessage());
    }
}

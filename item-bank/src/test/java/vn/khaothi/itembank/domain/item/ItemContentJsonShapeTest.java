package vn.khaothi.itembank.domain.item;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.khaothi.itembank.domain.item.json.ItemContentJson;

/** Issue 11, finding 10: a content of the wrong shape is told in words naming the field, never with a library's message. */
class ItemContentJsonShapeTest {

    static final Pattern JAVA_NAME = Pattern.compile("\\b(java|jakarta|org|com|sun)\\.[a-z]+|Exception|Cannot invoke|\"[A-Za-z]+\\.[a-z]+\\(");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{}|type",
            "{\"type\":7}|type",
            "{\"type\":\"BOGUS\"}|type",
            "{\"type\":\"TRUE_FALSE\",\"stem\":\"x\",\"tags\":[]}|points",
            "{\"type\":\"TRUE_FALSE\",\"stem\":\"x\",\"points\":\"1\",\"tags\":[]}|points",
            "{\"type\":\"TRUE_FALSE\",\"stem\":\"x\",\"points\":1}|tags",
            "{\"type\":\"TRUE_FALSE\",\"stem\":\"x\",\"points\":1,\"tags\":[1]}|tags",
            "{\"type\":\"TRUE_FALSE\",\"stem\":\"x\",\"points\":1,\"tags\":[]}|answer",
            "{\"type\":\"SINGLE_CHOICE\",\"stem\":\"x\",\"points\":1,\"tags\":[]}|options",
            "{\"type\":\"SINGLE_CHOICE\",\"stem\":\"x\",\"points\":1,\"tags\":[],\"options\":[1]}|options",
            "{\"type\":\"SINGLE_CHOICE\",\"stem\":\"x\",\"points\":1,\"tags\":[],\"options\":[{\"text\":\"a\"}]}|id",
            "{\"type\":\"CLOZE\",\"stem\":\"x\",\"points\":1,\"tags\":[],\"gaps\":[{\"id\":\"1\",\"kind\":\"NOPE\",\"answers\":[]}]}|kind",
            "{\"type\":\"TRUE_FALSE_CLUSTER\",\"stem\":\"x\",\"points\":1,\"tags\":[],\"statements\":[{\"id\":\"a\",\"correct\":\"yes\"}]}|correct",
    })
    void wrongShapesAreToldInWords(String json, String field) {
        JsonObject o = Json.createReader(new StringReader(json)).readObject();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ItemContentJson.fromJson(o));
        assertTrue(e.getMessage().contains(field), e.getMessage());
        assertFalse(JAVA_NAME.matcher(e.getMessage()).find(), e.getMessage());
    }
}

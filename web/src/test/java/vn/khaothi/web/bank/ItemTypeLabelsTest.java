package vn.khaothi.web.bank;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.khaothi.itembank.domain.itemtype.ItemTypeInfo;
import vn.khaothi.itembank.domain.itemtype.ItemTypes;

/**
 * The staff pages read the item types' names from {@code GET /bank/item-types}; {@code assets/messages.js} keeps
 * them once more for the pages whose readers may not call it (students' results, marking). That copy must say what
 * the type plug-ins say, word for word.
 */
class ItemTypeLabelsTest {

    @Test
    void theMessageCatalogueNamesEveryTypeAsItsPlugInDoes() throws Exception {
        String messages = Files.readString(Path.of("src/main/webapp/assets/messages.js"));
        for (ItemTypeInfo type : ItemTypes.infos()) {
            String entry = type.code() + ": V('" + type.labelVi() + "', '" + type.labelEn() + "')";
            assertTrue(messages.contains(entry), "messages.js should hold " + entry);
        }
    }
}

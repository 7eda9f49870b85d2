package vn.khaothi.itembank.domain.item;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The probe's payloads (issue 11, findings 2 and 13): URL schemes are judged by an allow-list after
 * the entities are decoded and the characters a browser ignores in a URL are removed.
 */
class HtmlPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "<a href=\"javascript:alert(1)\">x</a>",
            "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
            "<a href=\"jav&#x0A;ascript:alert(1)\">x</a>",
            "<a href=\"jav&#x0D;ascript:alert(1)\">x</a>",
            "<a href=\"jav&#9;ascript:alert(1)\">x</a>",
            "<a href=\"&#x20;&#x01;javascript:alert(1)\">x</a>",
            "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
            "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
            "<a href=\"javascript&colon;alert(1)\">x</a>",
            "<a href=\"java\u0000script:alert(1)\">x</a>",
            "<a href=\"vbscript:msgbox(1)\">x</a>",
            "<a href=\"VBScript&#x3A;msgbox(1)\">x</a>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
            "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>",
            "<img src=\"data:text/html;base64,PHNjcmlwdD4=\">",
            "<img src=\"javascript:alert(1)\">",
            "<img src=\"jav&#x09;ascript:alert(1)\">",
            "<a href=\"file:///etc/passwd\">x</a>",
            "<a href=\"feed:javascript:alert(1)\">x</a>",
            "<blockquote cite=\"javascript:alert(1)\">q</blockquote>",
    })
    void noScriptBearingUrlSurvives(String payload) {
        String clean = RichText.html(payload).html();
        String flat = clean.toLowerCase(Locale.ROOT).replaceAll("[\\s\\x00-\\x1f]", "");
        assertFalse(flat.contains("script:"), clean);
        assertFalse(flat.contains("data:text"), clean);
        assertFalse(flat.contains("file:"), clean);
        assertFalse(clean.contains("href=") || clean.contains("src=") || clean.contains("cite="), clean);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<img src=\"http://tracker.example/p.gif\">",
            "<img src=\"https://tracker.example/p.gif\">",
            "<img src=\"//tracker.example/p.gif\">",
            "<img src=\"HTTP&#x3A;//tracker.example/p.gif\">",
            "<img src=\"h&#x09;ttp://tracker.example/p.gif\">",
            "<img src=\"/\\tracker.example/p.gif\">",
            "<img src=\"data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=\">",
    })
    void noExternalImage(String payload) {
        String clean = RichText.html(payload).html();
        assertFalse(clean.contains("src="), clean);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<p style=\"background:url(http://tracker.example/p.gif)\">x</p>",
            "<p style=\"background:u\\72 l(http://tracker.example/p.gif)\">x</p>",
            "<p style=\"background:ur/**/l(http://tracker.example/p.gif)\">x</p>",
            "<p style=\"width:expression(alert(1))\">x</p>",
            "<p style=\"background-image:image-set('http://tracker.example/p.gif' 1x)\">x</p>",
    })
    void noUrlOrScriptInStyles(String payload) {
        String clean = RichText.html(payload).html();
        assertFalse(clean.contains("style="), clean);
    }

    @Test
    void safeUrlsAndImagesStay() {
        assertEquals("<a href=\"https://vi.wikipedia.org/wiki/Tam_gi%C3%A1c\">tam giác</a>",
                RichText.html("<a href=\"https://vi.wikipedia.org/wiki/Tam_gi%C3%A1c\">tam giác</a>").html());
        assertEquals("<a href=\"mailto:gv@truong.edu.vn\">thư</a>",
                RichText.html("<a href=\"mailto:gv@truong.edu.vn\">thư</a>").html());
        assertEquals("<a href=\"#muc-2\">mục 2</a>", RichText.html("<a href=\"#muc-2\">mục 2</a>").html());
        assertEquals("<img src=\"media/a.png\">", RichText.html("<img src=\"media/a.png\">").html());
        assertEquals("<img src=\"@@PLUGINFILE@@/h%C3%ACnh.png\">",
                RichText.html("<img src=\"@@PLUGINFILE@@/h%C3%ACnh.png\">").html());
        assertEquals("<img src=\"/api/v1/bank/media/7\">", RichText.html("<img src=\"/api/v1/bank/media/7\">").html());
        String png = "<img src=\"data:image/png;base64,iVBORw0KGgo=\">";
        assertEquals(png, RichText.html(png).html());
        assertEquals("<p style=\"color:red; text-align:center\">x</p>",
                RichText.html("<p style=\"color:red; text-align:center\">x</p>").html());
        assertEquals("\\(a&lt;b\\)", RichText.html("\\(a<b\\)").html());
    }

    @Test
    void everyRichFieldIsSanitised() {
        String bad = "<a href=\"jav&#x0A;ascript:alert(1)\">x</a><img src=\"http://t.example/p.gif\">";
        Choice choice = new Choice("A", RichText.html(bad), Fractions.FULL, RichText.html(bad), false);
        Statement statement = new Statement("a", RichText.html(bad), true);
        EssayBody essay = new EssayBody(RichText.html(bad), RichText.html(bad));
        for (RichText t : new RichText[] {choice.text(), choice.feedback(), statement.text(), essay.guidance(),
                essay.responseTemplate()}) {
            assertEquals("<a>x</a><img>", t.html());
        }
        assertTrue(RichText.html(bad).text().contains("x"));
    }
}

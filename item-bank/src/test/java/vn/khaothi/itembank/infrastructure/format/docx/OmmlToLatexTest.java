package vn.khaothi.itembank.infrastructure.format.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Element;

/** Word's equations (OMML) to LaTeX, one construct at a time. */
class OmmlToLatexTest {

    private static String r(String t) {
        return "<m:r><m:t>" + t + "</m:t></m:r>";
    }

    private static String latex(String inner) throws Exception {
        String xml = "<m:oMath xmlns:m=\"" + OmmlToLatex.M + "\" xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + inner + "</m:oMath>";
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Element root = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement();
        return OmmlToLatex.convert(root);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " | ", value = {
        "fraction | <m:f><m:num>{x}</m:num><m:den>{2}</m:den></m:f> | \\frac{x}{2}",
        "linear fraction | <m:f><m:fPr><m:type m:val='lin'/></m:fPr><m:num>{a}</m:num><m:den>{b}</m:den></m:f> | a/b",
        "power | <m:sSup><m:e>{x}</m:e><m:sup>{2}</m:sup></m:sSup> | x^{2}",
        "power of a sum | <m:sSup><m:e>{a+b}</m:e><m:sup>{n}</m:sup></m:sSup> | {a+b}^{n}",
        "index | <m:sSub><m:e>{u}</m:e><m:sub>{n}</m:sub></m:sSub> | u_{n}",
        "both | <m:sSubSup><m:e>{x}</m:e><m:sub>{1}</m:sub><m:sup>{2}</m:sup></m:sSubSup> | x_{1}^{2}",
        "square root | <m:rad><m:radPr><m:degHide m:val='1'/></m:radPr><m:deg/><m:e>{2}</m:e></m:rad> | \\sqrt{2}",
        "cube root | <m:rad><m:deg>{3}</m:deg><m:e>{x}</m:e></m:rad> | \\sqrt[3]{x}",
        "sum | <m:nary><m:naryPr><m:chr m:val='∑'/></m:naryPr><m:sub>{i=1}</m:sub><m:sup>{n}</m:sup><m:e>{i}</m:e></m:nary> | \\sum_{i=1}^{n} i",
        "integral | <m:nary><m:sub>{0}</m:sub><m:sup>{1}</m:sup><m:e>{x dx}</m:e></m:nary> | \\int_{0}^{1} x dx",
        "parentheses | <m:d><m:e>{x+1}</m:e></m:d> | \\left(x+1\\right)",
        "absolute value | <m:d><m:dPr><m:begChr m:val='|'/><m:endChr m:val='|'/></m:dPr><m:e>{x}</m:e></m:d> | \\left|x\\right|",
        "system | <m:d><m:dPr><m:begChr m:val='&#123;'/><m:endChr m:val=''/></m:dPr><m:e><m:eqArr><m:e>{x+y=3}</m:e><m:e>{x−y=1}</m:e></m:eqArr></m:e></m:d> | \\left\\{\\begin{array}{l}x+y=3 \\\\ x-y=1\\end{array}\\right.",
        "matrix | <m:m><m:mr><m:e>{1}</m:e><m:e>{2}</m:e></m:mr><m:mr><m:e>{3}</m:e><m:e>{4}</m:e></m:mr></m:m> | \\begin{matrix}1 & 2 \\\\ 3 & 4\\end{matrix}",
        "function | <m:func><m:fName>{sin}</m:fName><m:e>{x}</m:e></m:func> | \\sin x",
        "limit | <m:func><m:fName><m:limLow><m:e>{lim}</m:e><m:lim>{x→0}</m:lim></m:limLow></m:fName><m:e>{x}</m:e></m:func> | \\lim_{x\\to 0} x",
        "vector | <m:acc><m:accPr><m:chr m:val='⃗'/></m:accPr><m:e>{AB}</m:e></m:acc> | \\overrightarrow{AB}",
        "bar | <m:bar><m:e>{z}</m:e></m:bar> | \\overline{z}",
        "symbols | {α≤π·2≠∞} | \\alpha \\le \\pi \\cdot 2\\ne \\infty",
        "degrees | {30°} | 30^\\circ"})
    void converts(String what, String inner, String expected) throws Exception {
        String xml = inner.replaceAll("\\{([^}]*)\\}", "<m:r><m:t>$1</m:t></m:r>");
        assertEquals(expected, latex(xml), what);
    }
}

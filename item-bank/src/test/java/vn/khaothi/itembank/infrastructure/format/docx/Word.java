package vn.khaothi.itembank.infrastructure.format.docx;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import javax.imageio.ImageIO;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.officeDocument.x2006.math.CTOMath;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Builds Word files in tests the way teachers write them. In {@link #p}, a run starting with "_"
 * is underlined, "^" bold, "!" red; anything else is plain text.
 */
final class Word {

    static final String M = "http://schemas.openxmlformats.org/officeDocument/2006/math";

    final XWPFDocument doc = new XWPFDocument();
    private BigInteger numId;

    XWPFParagraph p(String... runs) {
        XWPFParagraph p = doc.createParagraph();
        for (String r : runs) {
            XWPFRun run = p.createRun();
            if (r.startsWith("_")) {
                run.setUnderline(UnderlinePatterns.SINGLE);
                r = r.substring(1);
            } else if (r.startsWith("^")) {
                run.setBold(true);
                r = r.substring(1);
            } else if (r.startsWith("!")) {
                run.setColor("FF0000");
                r = r.substring(1);
            }
            run.setText(r);
        }
        return p;
    }

    /** A paragraph "text" followed by a Word equation given as the inner XML of m:oMath. */
    XWPFParagraph math(String text, String ommlInner) {
        XWPFParagraph p = p(text);
        try {
            CTOMath m = p.getCTP().addNewOMath();
            m.set(CTOMath.Factory.parse("<m:oMath xmlns:m=\"" + M + "\">" + ommlInner + "</m:oMath>"));
        } catch (XmlException e) {
            throw new IllegalArgumentException(e);
        }
        return p;
    }

    /** Automatically numbered: level 0 is "1.", "2." …; level 1 is "A.", "B." …. */
    XWPFParagraph numbered(int level, String text) {
        if (numId == null) {
            CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
            abs.setAbstractNumId(BigInteger.ONE);
            CTLvl l0 = abs.addNewLvl();
            l0.setIlvl(BigInteger.ZERO);
            l0.addNewNumFmt().setVal(STNumberFormat.DECIMAL);
            l0.addNewLvlText().setVal("%1.");
            l0.addNewStart().setVal(BigInteger.ONE);
            CTLvl l1 = abs.addNewLvl();
            l1.setIlvl(BigInteger.ONE);
            l1.addNewNumFmt().setVal(STNumberFormat.UPPER_LETTER);
            l1.addNewLvlText().setVal("%2.");
            l1.addNewStart().setVal(BigInteger.ONE);
            XWPFNumbering numbering = doc.createNumbering();
            BigInteger absId = numbering.addAbstractNum(new XWPFAbstractNum(abs));
            numId = numbering.addNum(absId);
        }
        XWPFParagraph p = p(text);
        p.setNumID(numId);
        p.setNumILvl(BigInteger.valueOf(level));
        return p;
    }

    /** A paragraph with text and a small PNG picture. */
    XWPFParagraph picture(String text, String name) {
        XWPFParagraph p = p(text);
        try {
            BufferedImage img = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(img, "png", png);
            p.createRun().addPicture(new ByteArrayInputStream(png.toByteArray()), Document.PICTURE_TYPE_PNG, name,
                    Units.toEMU(20), Units.toEMU(20));
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
        return p;
    }

    /** A paragraph with a MathType OLE object (Equation.DSMT4), as MathType writes it. */
    XWPFParagraph mathType(String text) {
        XWPFParagraph p = p(text);
        try {
            CTR r = p.getCTP().addNewR();
            r.set(CTR.Factory.parse("<w:r xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
                    + " xmlns:o=\"urn:schemas-microsoft-com:office:office\"><w:object>"
                    + "<o:OLEObject Type=\"Embed\" ProgID=\"Equation.DSMT4\" ShapeID=\"_x0000_i1025\" DrawAspect=\"Content\""
                    + " ObjectID=\"_1700000000\"/></w:object></w:r>"));
        } catch (XmlException e) {
            throw new IllegalArgumentException(e);
        }
        return p;
    }

    byte[] bytes() {
        try (doc) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package vn.khaothi.engine.scan.reader;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

import boofcv.struct.image.GrayU8;

/**
 * A photo as 8-bit grey levels (BoofCV's {@link GrayU8}) with the sampling the reader needs. The conversion reads
 * the decoded JPEG's bytes directly: it runs once per sheet and is most of the reader's own time otherwise.
 */
final class GrayPage {

    final GrayU8 gray;

    private GrayPage(GrayU8 gray) {
        this.gray = gray;
    }

    static GrayPage of(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        GrayU8 g = new GrayU8(w, h);
        int type = image.getType();
        if (type == BufferedImage.TYPE_3BYTE_BGR || type == BufferedImage.TYPE_BYTE_GRAY) {
            byte[] data = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
            if (type == BufferedImage.TYPE_BYTE_GRAY) {
                System.arraycopy(data, 0, g.data, 0, w * h);
            } else {
                for (int i = 0, p = 0; i < w * h; i++, p += 3) {
                    // ITU-R 601 luma with integer weights: blue, green, red
                    g.data[i] = (byte) (((data[p] & 0xff) * 29 + (data[p + 1] & 0xff) * 150
                            + (data[p + 2] & 0xff) * 77) >> 8);
                }
            }
        } else {
            int[] row = new int[w];
            for (int y = 0; y < h; y++) {
                image.getRGB(0, y, w, 1, row, 0, w);
                for (int x = 0; x < w; x++) {
                    int rgb = row[x];
                    g.data[y * w + x] = (byte) ((((rgb >> 16) & 0xff) * 77 + ((rgb >> 8) & 0xff) * 150
                            + (rgb & 0xff) * 29) >> 8);
                }
            }
        }
        return new GrayPage(g);
    }

    int width() {
        return gray.width;
    }

    int height() {
        return gray.height;
    }

    /** The grey level at a point, bilinear, 255 (paper) outside the photo. */
    double at(double x, double y) {
        if (x < 0 || y < 0 || x >= gray.width - 1 || y >= gray.height - 1) {
            return 255;
        }
        int x0 = (int) x;
        int y0 = (int) y;
        double fx = x - x0;
        double fy = y - y0;
        int i = y0 * gray.width + x0;
        double a = gray.data[i] & 0xff;
        double b = gray.data[i + 1] & 0xff;
        double c = gray.data[i + gray.width] & 0xff;
        double d = gray.data[i + gray.width + 1] & 0xff;
        return (a * (1 - fx) + b * fx) * (1 - fy) + (c * (1 - fx) + d * fx) * fy;
    }
}

package vn.khaothi.engine.scan.reader;

import org.ejml.data.DMatrixRMaj;

/**
 * Where the sheet lies in the photo: the homography from sheet points (PDF points from the top-left corner)
 * to photo pixels, found from the four corner markers, and the ink level of the markers.
 *
 * @param toPhoto 3×3, sheet → photo
 * @param black   the mean grey level inside the solid markers (the darkest a pen mark can be expected)
 */
record PageFrame(DMatrixRMaj toPhoto, double black) {

    double[] map(double x, double y) {
        double[] h = toPhoto.data;
        double w = h[6] * x + h[7] * y + h[8];
        return new double[] {(h[0] * x + h[1] * y + h[2]) / w, (h[3] * x + h[4] * y + h[5]) / w};
    }

    /** Photo pixels per sheet point around a sheet point (perspective makes it vary over the page). */
    double scaleAt(double x, double y) {
        double[] a = map(x, y);
        double[] b = map(x + 1, y);
        double[] c = map(x, y + 1);
        return (Math.hypot(b[0] - a[0], b[1] - a[1]) + Math.hypot(c[0] - a[0], c[1] - a[1])) / 2;
    }
}

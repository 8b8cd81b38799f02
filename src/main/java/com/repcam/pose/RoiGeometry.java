package com.repcam.pose;

/**
 * Region-of-interest arithmetic shared by detection and tracking (MediaPipe's AlignmentPointsRectsCalculator
 * followed by RectTransformationCalculator with scale 1.25 and square_long): the centre is the first point,
 * the side is twice the distance to the second point times 1.25, and the rotation turns the vector between
 * them to point straight up.
 */
final class RoiGeometry {

    static final double SCALE = 1.25;
    private static final double TARGET_ANGLE = Math.PI / 2;

    private RoiGeometry() {
    }

    /** Points are in pixels. */
    static Roi fromAlignmentPoints(double centerX, double centerY, double scaleX, double scaleY) {
        double dx = scaleX - centerX;
        double dy = scaleY - centerY;
        double size = 2.0 * Math.sqrt(dx * dx + dy * dy) * SCALE;
        double rotation = normalizeRadians(TARGET_ANGLE - Math.atan2(-dy, dx));
        return new Roi(centerX, centerY, size, rotation);
    }

    static double normalizeRadians(double angle) {
        return angle - 2 * Math.PI * Math.floor((angle + Math.PI) / (2 * Math.PI));
    }

    /**
     * The affine map from crop pixel indices to image pixel indices (pixel centres at integer indices), as the
     * 2x3 row-major matrix {a, b, c, d, e, f} with {@code imageX = a*x + b*y + c}, {@code imageY = d*x + e*y + f}.
     * A crop point at normalised (u, v) lies at {@code centre + size * R(rotation) * (u - 0.5, v - 0.5)}.
     */
    static double[] cropToImage(Roi roi, int cropSize) {
        double k = roi.size() / cropSize;
        double cos = Math.cos(roi.rotation());
        double sin = Math.sin(roi.rotation());
        // image = k*R*(d + 0.5) - (size/2)*R*(1,1) + centre - 0.5
        double off = 0.5 * k - roi.size() / 2;
        double tx = roi.centerX() - 0.5 + (cos - sin) * off;
        double ty = roi.centerY() - 0.5 + (sin + cos) * off;
        return new double[] {k * cos, -k * sin, tx, k * sin, k * cos, ty};
    }

    /** Maps a point given in normalised crop coordinates to image pixels. */
    static double[] cropPointToImage(Roi roi, double u, double v) {
        double cos = Math.cos(roi.rotation());
        double sin = Math.sin(roi.rotation());
        double x = u - 0.5;
        double y = v - 0.5;
        return new double[] {
            roi.centerX() + roi.size() * (cos * x - sin * y),
            roi.centerY() + roi.size() * (sin * x + cos * y)
        };
    }
}

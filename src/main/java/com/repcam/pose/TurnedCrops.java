package com.repcam.pose;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a frame through its region turned a little each way as well as through the region itself and averages the
 * points. The landmark model's reading follows the crop it is given, and not smoothly: the trunk line of one still
 * frame moved by anything from 0.2 deg the wrong way to 2 deg for a 2-deg turn of the crop (README, "Where that
 * noise comes from"), and tracking turns the crop a little from frame to frame while the body is still. Averaged
 * over the crop and the crop turned {@value #TURN_DEGREES} deg either way, the trunk line's frame-to-frame noise
 * (median second difference) fell from 0.083 to 0.063 deg over the tuning pool's 40 clips, and on every one of them.
 * Off by default ({@link PoseOptions#cropReadings()} 1): the counts were no better for it (README, "Crop readings").
 */
final class TurnedCrops {

    /** How far the extra crops are turned either way, degrees. 8 measured: no less noise than 4, fewer exact clips. */
    static final double TURN_DEGREES = 4;

    private TurnedCrops() {
    }

    /**
     * The extra regions to read for {@code readings} readings in all (1: none; 3: turned either way). The region
     * itself is always read first, by the caller, as its pose flag decides whether a person is there.
     */
    static List<Roi> extra(Roi roi, int readings) {
        requireSupported(readings);
        List<Roi> out = new ArrayList<>(readings - 1);
        if (readings == 3) {
            double turn = Math.toRadians(TURN_DEGREES);
            out.add(new Roi(roi.centerX(), roi.centerY(), roi.size(), roi.rotation() + turn));
            out.add(new Roi(roi.centerX(), roi.centerY(), roi.size(), roi.rotation() - turn));
        }
        return out;
    }

    /** Refuses a number of readings other than 1 or 3. */
    static void requireSupported(int readings) {
        if (readings != 1 && readings != 3) {
            throw new IllegalArgumentException("crop readings must be 1 or 3, got " + readings);
        }
    }

    /** Adds {@code other} into {@code sum} element by element. */
    static void add(double[] sum, double[] other) {
        if (sum.length != other.length) {
            throw new IllegalArgumentException("cannot add " + other.length + " values to " + sum.length);
        }
        for (int i = 0; i < sum.length; i++) {
            sum[i] += other[i];
        }
    }

    /** Divides every element of {@code sum} by {@code count}: the mean of that many readings. */
    static void divide(double[] sum, int count) {
        for (int i = 0; i < sum.length; i++) {
            sum[i] /= count;
        }
    }
}

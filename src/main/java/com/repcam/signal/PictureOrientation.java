package com.repcam.signal;

import com.repcam.pose.Landmark;
import com.repcam.pose.PoseFrame;
import java.util.List;
import java.util.Optional;

/**
 * Whether the picture is upright, told from a body segment that points to the floor whenever the person stands,
 * kneels or is on all fours (the thighs, hip to knee): over a session, the average direction of that segment in
 * the picture should be down. A video filmed sideways or upside down (or with wrong rotation metadata) shows it
 * pointing sideways or up; BlazePose still finds the person, but heights and inclines no longer mean what the
 * exercise's rules expect.
 */
public final class PictureOrientation {

    /** How a picture is turned, and the clockwise turn that puts it upright. */
    public enum Turn {
        UPRIGHT(0), TURNED_LEFT(90), UPSIDE_DOWN(180), TURNED_RIGHT(270);

        private final int fixClockwiseDegrees;

        Turn(int fixClockwiseDegrees) {
            this.fixClockwiseDegrees = fixClockwiseDegrees;
        }

        /** The clockwise turn, in degrees, that shows the picture upright. */
        public int fixClockwiseDegrees() {
            return fixClockwiseDegrees;
        }
    }

    /** A segment is used in a frame when both its ends are at least this visible. */
    private static final double MIN_VISIBILITY = 0.5;
    /** Frames needed before a judgement is made. */
    private static final int MIN_FRAMES = 15;
    /**
     * The average direction must be this consistent (length of the mean unit vector, 0..1) to be trusted: a
     * person rolling about or a pose flickering between guesses says nothing about the picture.
     */
    private static final double MIN_CONSISTENCY = 0.6;
    /** Further than this from straight down, the picture counts as turned. */
    private static final double TURNED_DEGREES = 50;

    private final List<Joint> segment;
    private double sumX;
    private double sumY;
    private int frames;

    /** @param segment two joints, from and to, that point down when the picture is upright */
    public PictureOrientation(List<Joint> segment) {
        if (segment.size() != 2) {
            throw new IllegalArgumentException("a segment has two joints: " + segment);
        }
        this.segment = List.copyOf(segment);
    }

    /** Adds a frame (frames with nobody, or with the segment out of sight, are passed over). */
    public void accept(PoseFrame frame) {
        if (frame.pose().isEmpty()) {
            return;
        }
        double x = 0;
        double y = 0;
        boolean seen = false;
        for (Side side : Side.values()) {
            Landmark a = frame.pose().get().landmark(segment.get(0).on(side));
            Landmark b = frame.pose().get().landmark(segment.get(1).on(side));
            if (a.visibility() < MIN_VISIBILITY || b.visibility() < MIN_VISIBILITY) {
                continue;
            }
            double dx = (b.x() - a.x()) * frame.width();
            double dy = (b.y() - a.y()) * frame.height();
            double length = Math.hypot(dx, dy);
            if (length > 0) {
                x += dx / length;
                y += dy / length;
                seen = true;
            }
        }
        if (seen) {
            double length = Math.hypot(x, y);
            if (length > 0) {
                sumX += x / length;
                sumY += y / length;
                frames++;
            }
        }
    }

    /** How the picture looks turned, or empty while there is too little to tell or the direction is unsteady. */
    public Optional<Turn> judgement() {
        if (frames < MIN_FRAMES || Math.hypot(sumX, sumY) / frames < MIN_CONSISTENCY) {
            return Optional.empty();
        }
        // angle of the mean direction from straight down in the picture, clockwise positive on screen (y down)
        double fromDown = Math.toDegrees(Math.atan2(-sumX, sumY));
        if (Math.abs(fromDown) <= TURNED_DEGREES) {
            return Optional.of(Turn.UPRIGHT);
        }
        if (Math.abs(fromDown) >= 180 - TURNED_DEGREES) {
            return Optional.of(Turn.UPSIDE_DOWN);
        }
        // the segment points to the right of the picture: the floor is on the right, so turn clockwise by 90
        return Optional.of(fromDown < 0 ? Turn.TURNED_LEFT : Turn.TURNED_RIGHT);
    }

    /** The average direction's angle from straight down, degrees (for messages and tests). */
    public double degreesFromDown() {
        return Math.toDegrees(Math.atan2(-sumX, sumY));
    }
}

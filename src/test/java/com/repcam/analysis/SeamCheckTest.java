package com.repcam.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.repcam.pose.BodyLandmark;
import com.repcam.pose.Landmark;
import com.repcam.pose.Pose;
import com.repcam.pose.PoseFrame;
import com.repcam.pose.Roi;
import com.repcam.pose.WorldLandmark;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SeamCheckTest {

    private static final int W = 640;
    private static final int H = 480;

    /** Every landmark at the same place, moved by (dx, dy) pixels; the landmark region 300 px. */
    private static PoseFrame at(double dx, double dy) {
        List<Landmark> body = new ArrayList<>();
        List<WorldLandmark> world = new ArrayList<>();
        for (int i = 0; i < BodyLandmark.COUNT; i++) {
            body.add(new Landmark((300 + 3 * i + dx) / W, (200 + 2 * i + dy) / H, 0, 1, 1));
            world.add(new WorldLandmark(0, 0, 0, 1, 1));
        }
        Pose pose = new Pose(body, world, 1, new Roi(320, 240, 300, 0), Optional.empty());
        return new PoseFrame(0, 0, W, H, Optional.of(pose));
    }

    private static PoseFrame nobody() {
        return new PoseFrame(0, 0, W, H, Optional.empty());
    }

    @Test
    void theSameBodyAFewPixelsApartAgrees() {
        assertEquals(0.02, SeamCheck.meanGap(at(0, 0), at(6, 0)), 1e-9);
        assertTrue(SeamCheck.agree(at(0, 0), at(6, 0)));
        assertTrue(SeamCheck.agree(at(0, 0), at(0, 29.9)));
    }

    @Test
    void aBodyATenthOfTheRegionAwayOrMoreDoesNot() {
        assertFalse(SeamCheck.agree(at(0, 0), at(30.1, 0)));
        assertFalse(SeamCheck.agree(at(0, 0), at(90, 0)));
    }

    @Test
    void nobodyAgreesOnlyWithNobody() {
        assertTrue(SeamCheck.agree(nobody(), nobody()));
        assertFalse(SeamCheck.agree(at(0, 0), nobody()));
        assertFalse(SeamCheck.agree(nobody(), at(0, 0)));
    }
}

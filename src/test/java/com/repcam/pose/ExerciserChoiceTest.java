package com.repcam.pose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExerciserChoiceTest {

    /** A detection with its mid-hip point at (hipX, hipY) and its circle point at (topX, topY). */
    private static Detection person(double hipX, double hipY, double topX, double topY) {
        double[] keypoints = new double[8];
        keypoints[0] = hipX;
        keypoints[1] = hipY;
        keypoints[2] = topX;
        keypoints[3] = topY;
        return new Detection(0.9, hipX - 20, hipY - 20, hipX + 20, hipY + 20, keypoints);
    }

    @Test
    void oneBodyFoundTwiceTheSecondTimeTurnedRoundIsOnePerson() {
        // as measured on a kneeling figure at 45 deg: mid-hips 32 px apart, radii 66 and 93 px, facing apart
        Detection asIs = person(238, 179, 175, 159);
        Detection turned = person(206, 176, 299, 181);
        assertEquals(1, ExerciserChoice.distinct(List.of(asIs, turned)).size());
    }

    @Test
    void peopleSideBySideAreCountedApartAndTheLargerIsFollowed() {
        Detection near = person(300, 300, 300, 150);   // radius 150
        Detection beside = person(460, 300, 460, 160); // radius 140, a radius away
        Detection far = person(900, 300, 900, 250);    // radius 50
        assertEquals(3, ExerciserChoice.distinct(List.of(near, beside, far)).size());
        assertEquals(1, ExerciserChoice.distinct(List.of(near)).size());
        // within 15% of the largest size the one nearer the middle of a 1000x600 picture is chosen
        assertSame(beside, ExerciserChoice.choose(List.of(near, beside, far), 1000, 600));
        assertSame(near, ExerciserChoice.choose(List.of(near, far), 1000, 600));
    }
}

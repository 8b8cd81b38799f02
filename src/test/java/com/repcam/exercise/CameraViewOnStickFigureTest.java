package com.repcam.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.repcam.signal.CameraView;
import com.repcam.signal.Side;
import com.repcam.signal.ViewEstimator;
import com.repcam.signal.ViewKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The view estimator on the stick figure seen from known camera angles (0 = side-on, 90 = face-on), in both
 * exercise postures, facing either way. Lives here because the stick figure is this package's test fixture.
 */
class CameraViewOnStickFigureTest {

    @ParameterizedTest(name = "{0} at {1} deg facing {2} -> {3}")
    @CsvSource({
        "THORACIC_EXTENSION, 0, 1, SIDE", "THORACIC_EXTENSION, 0, -1, SIDE",
        "THORACIC_EXTENSION, 40, 1, OBLIQUE", "THORACIC_EXTENSION, 40, -1, OBLIQUE",
        "THORACIC_EXTENSION, 90, 1, FRONT",
        "QUADRUPED_PLUS, 0, 1, SIDE", "QUADRUPED_PLUS, 0, -1, SIDE",
        "QUADRUPED_PLUS, 45, 1, OBLIQUE", "QUADRUPED_PLUS, 45, -1, OBLIQUE",
        "QUADRUPED_PLUS, 90, -1, FRONT",
    })
    void viewKindFollowsTheCameraAngle(StickFigure.Exercise exercise, double degrees, int facing, ViewKind kind) {
        StickFigure figure = new StickFigure(degrees, facing, 0, 1);
        for (double depth : new double[] {0, 0.5, 1}) {
            CameraView view = ViewEstimator.standard().estimate(
                    figure.pose(new StickFigure.Posture(exercise, depth, 0, false, 0, 0)));
            assertEquals(kind, view.kind(), "depth " + depth + ", yaw " + view.yawDegrees());
        }
    }

    @ParameterizedTest(name = "{0} at {1} deg facing {2}")
    @CsvSource({"THORACIC_EXTENSION, 0, 1", "THORACIC_EXTENSION, 0, -1", "THORACIC_EXTENSION, 40, -1",
        "QUADRUPED_PLUS, 0, 1", "QUADRUPED_PLUS, 0, -1", "QUADRUPED_PLUS, 45, 1"})
    void nearSideAndFacingAreFoundFromTheSideAndObliquely(StickFigure.Exercise exercise, double degrees,
                                                          int facing) {
        CameraView view = ViewEstimator.standard().estimate(
                new StickFigure(degrees, facing, 0, 1).pose(StickFigure.Posture.rest(exercise)));
        assertEquals(Side.LEFT, view.nearSide()); // the stick figure's near side is its left
        assertEquals(facing, view.facing());
    }

    @Test
    void yawGrowsSteadilyFromFaceOnToSideOn() {
        double previous = -1;
        for (double degrees = 90; degrees >= 0; degrees -= 15) {
            double yaw = ViewEstimator.standard().estimate(new StickFigure(degrees, 1, 0, 1)
                    .pose(StickFigure.Posture.rest(StickFigure.Exercise.QUADRUPED_PLUS))).yawDegrees();
            assertEquals(90 - degrees, yaw, 1.0, "camera at " + degrees + " deg");
            assertEquals(true, yaw > previous);
            previous = yaw;
        }
    }
}

package com.repcam.pose;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TurnedCropsTest {

    private static final Roi REGION = new Roi(320, 240, 200, 0.3);

    @Test
    void oneReadingAddsNoRegion() {
        assertTrue(TurnedCrops.extra(REGION, 1).isEmpty());
    }

    @Test
    void threeReadingsTurnTheRegionEitherWayAboutItsOwnCentre() {
        List<Roi> turned = TurnedCrops.extra(REGION, 3);
        assertEquals(2, turned.size());
        double turn = Math.toRadians(TurnedCrops.TURN_DEGREES);
        assertEquals(new Roi(320, 240, 200, 0.3 + turn), turned.get(0));
        assertEquals(new Roi(320, 240, 200, 0.3 - turn), turned.get(1));
    }

    @Test
    void anotherNumberOfReadingsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> TurnedCrops.extra(REGION, 2));
        assertThrows(IllegalArgumentException.class,
                () -> new PoseOptions(ModelVariant.FULL, 2, true, true, false, java.nio.file.Path.of("models"), 5));
    }

    @Test
    void theReadingsAreAveragedValueByValue() {
        double[] sum = {1, 2, 3};
        TurnedCrops.add(sum, new double[] {3, 2, 1});
        TurnedCrops.add(sum, new double[] {2, 5, 8});
        TurnedCrops.divide(sum, 3);
        assertArrayEquals(new double[] {2, 3, 4}, sum, 1e-12);
        assertThrows(IllegalArgumentException.class, () -> TurnedCrops.add(sum, new double[] {1}));
    }
}

package com.repcam.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.repcam.signal.ViewKind;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NotCheckedTest {

    @Test
    void eachReasonSaysWhyAndWhatWouldLetTheRuleBeChecked() {
        Set<ViewKind> sideOrOblique = Set.of(ViewKind.SIDE, ViewKind.OBLIQUE);
        assertEquals("bent elbows not checked: filmed from the front; film from the side or at an angle",
                NotChecked.filmedFrom("bent_elbows", ViewKind.FRONT, sideOrOblique).describe());
        assertEquals("head up not checked: filmed obliquely; film from the side",
                NotChecked.filmedFrom("head_up", ViewKind.OBLIQUE, Set.of(ViewKind.SIDE)).describe());
        assertEquals("chin tucked not checked: not seen well enough; keep the whole body in the picture, well lit",
                NotChecked.notSeenWell("chin_tucked", sideOrOblique).describe());
        assertEquals("elbows off chair not checked: counting began during this rep; hold the start position in view "
                + "for a second before the first rep",
                NotChecked.countingBeganDuring("elbows_off_chair", sideOrOblique).describe());
    }

    @Test
    void aViewReasonNeedsTheViewSeen() {
        assertThrows(NullPointerException.class, () -> NotChecked.filmedFrom("head_up", null, Set.of(ViewKind.SIDE)));
    }
}

package com.repcam.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.event.KeyEvent;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KeyBindingsTest {

    private static Optional<LiveAction> typed(char c) {
        return KeyBindings.action(c, KeyEvent.getExtendedKeyCodeForChar(c));
    }

    @Test
    void mapsTheDocumentedKeysToTheirActions() {
        assertEquals(Optional.of(LiveAction.TOGGLE_PAUSE), typed(' '));
        assertEquals(Optional.of(LiveAction.RESET_SET), typed('r'));
        assertEquals(Optional.of(LiveAction.NEXT_EXERCISE), typed('n'));
        assertEquals(Optional.of(LiveAction.PREVIOUS_EXERCISE), typed('p'));
        assertEquals(Optional.of(LiveAction.QUIT), typed('q'));
        assertEquals(Optional.of(LiveAction.TOGGLE_STATS), typed('s'));
        assertEquals(Optional.of(LiveAction.TOGGLE_SOUND), typed('m'));
        assertEquals(Optional.of(LiveAction.QUIT), KeyBindings.action(KeyEvent.CHAR_UNDEFINED, KeyEvent.VK_ESCAPE));
        assertEquals(Optional.of(LiveAction.TOGGLE_PAUSE), KeyBindings.action(KeyEvent.CHAR_UNDEFINED,
                KeyEvent.VK_SPACE));
    }

    @Test
    void capsLockDoesNotMatterAndOtherKeysDoNothing() {
        assertEquals(Optional.of(LiveAction.QUIT), typed('Q'));
        assertEquals(Optional.of(LiveAction.RESET_SET), typed('R'));
        assertTrue(typed('x').isEmpty());
        assertTrue(typed('1').isEmpty());
        assertTrue(KeyBindings.action(KeyEvent.CHAR_UNDEFINED, KeyEvent.VK_SHIFT).isEmpty());
    }
}

package com.repcam.live;

import java.awt.event.KeyEvent;
import java.util.Optional;

/** The keys of the live window (documented in docs/cli.md and shown by {@code repcam live --help}). */
final class KeyBindings {

    static final String HELP = "keys: space pause/resume, r reset the set, n/p next/previous exercise, "
            + "s stats, m sound on/off, q or Esc quit (the session is saved)";

    private KeyBindings() {
    }

    /**
     * The action for a key press.
     *
     * @param keyChar the typed character ({@link KeyEvent#CHAR_UNDEFINED} for keys without one)
     * @param keyCode the virtual key code
     */
    static Optional<LiveAction> action(char keyChar, int keyCode) {
        if (keyCode == KeyEvent.VK_ESCAPE) {
            return Optional.of(LiveAction.QUIT);
        }
        if (keyCode == KeyEvent.VK_SPACE || keyChar == ' ') {
            return Optional.of(LiveAction.TOGGLE_PAUSE);
        }
        return switch (Character.toLowerCase(keyChar)) {
            case 'q' -> Optional.of(LiveAction.QUIT);
            case 'r' -> Optional.of(LiveAction.RESET_SET);
            case 'n' -> Optional.of(LiveAction.NEXT_EXERCISE);
            case 'p' -> Optional.of(LiveAction.PREVIOUS_EXERCISE);
            case 's' -> Optional.of(LiveAction.TOGGLE_STATS);
            case 'm' -> Optional.of(LiveAction.TOGGLE_SOUND);
            default -> Optional.empty();
        };
    }
}

package com.repcam.live;

/** What the person at the screen can ask for while a live session runs. */
enum LiveAction {
    /** Space: stop counting (and, for a recording, stop playing) until pressed again. */
    TOGGLE_PAUSE,
    /** r: the set so far is finished (saved when it counted anything) and a new set of the same exercise starts. */
    RESET_SET,
    /** n: finish the set and switch to the next exercise. */
    NEXT_EXERCISE,
    /** p: finish the set and switch to the previous exercise. */
    PREVIOUS_EXERCISE,
    /** s: show or hide frame rate, delay and dropped frames in the corner. */
    TOGGLE_STATS,
    /** m: sound off or on. */
    TOGGLE_SOUND,
    /** q, Escape or closing the window: end the session, save it and print the summary. */
    QUIT
}

package com.repcam.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sound.sampled.LineUnavailableException;
import org.junit.jupiter.api.Test;

class SoundCuesTest {

    @Test
    void withoutASoundOutputOneWarningAndThenSilenceNeverAnError() throws Exception {
        List<String> warnings = new CopyOnWriteArrayList<>();
        AtomicInteger opened = new AtomicInteger();
        SoundCues cues = new SoundCues(warnings::add, List.of("true"), format -> {
            opened.incrementAndGet();
            throw new LineUnavailableException("no sound card");
        });
        for (int i = 0; i < 10; i++) {
            cues.emit(new Cue(i % 2 == 0 ? Cue.Kind.REP_TONE : Cue.Kind.FORM, "Keep your neck neutral", i));
            Thread.sleep(20);
        }
        long until = System.nanoTime() + 5_000_000_000L;
        while (warnings.isEmpty() && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        Thread.sleep(200);
        cues.close();
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("no sound output (no sound card)")
                && warnings.get(0).contains("--no-sound"), warnings.get(0));
        assertEquals(1, opened.get(), "after the first failure sound stays off");
    }
}

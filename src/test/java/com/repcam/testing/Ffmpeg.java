package com.repcam.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

/** Debian's ffmpeg command (installed by tools/setup.sh), for making test inputs from the samples. */
public final class Ffmpeg {

    private Ffmpeg() {
    }

    /** Runs {@code ffmpeg -nostdin -v error -y ARGS...} and fails the test, with its output, if it fails. */
    public static void run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("ffmpeg", "-nostdin", "-v", "error", "-y"));
        command.addAll(List.of(args));
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            throw new AssertionError("ffmpeg is missing: install Debian's ffmpeg package (tools/setup.sh does)", e);
        }
        String output = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), String.join(" ", command) + "\n" + output);
    }
}

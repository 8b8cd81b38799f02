package com.repcam.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@link CommandExit} in a JVM of its own: the exit status, and what a command prints after a signal. */
class CommandExitTest {

    @Test
    void withoutASignalTheProcessExitsWithTheCommandsCode() throws Exception {
        Process p = start(ReturnsIncompleteInput.class);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(ExitCodes.INCOMPLETE_INPUT, p.exitValue(), new String(p.getInputStream().readAllBytes()));
    }

    /**
     * SIGTERM while the command works: it saves, its guard lets go, and it still prints for a second; all of that
     * is printed and the status is SIGTERM's (before, the JVM ended on the guard's release and cut the lines off,
     * or the command's own code won the race to exit: 8 instead of 143).
     */
    @Test
    void afterSigtermTheCommandPrintsEverythingAndTheStatusIsTheSignals() throws Exception {
        Process p = start(StopsOnSignalThenPrints.class);
        BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String first = lines.readLine();
        assertEquals("working", first);
        new ProcessBuilder("kill", "-TERM", Long.toString(p.pid())).start().waitFor();
        StringBuilder rest = new StringBuilder();
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            rest.append(line).append('\n');
        }
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals("saved\nsummary\n", rest.toString());
        assertEquals(143, p.exitValue());
    }

    private static Process start(Class<?> main) throws Exception {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), main.getName()).redirectErrorStream(true).start();
    }

    /** A command that returns at once with a code other than 0. */
    static final class ReturnsIncompleteInput {
        public static void main(String[] args) {
            CommandExit.run(() -> ExitCodes.INCOMPLETE_INPUT, Duration.ofSeconds(30));
        }
    }

    /** A command that works until a signal, saves, lets its guard go, then prints its summary a second later. */
    static final class StopsOnSignalThenPrints {
        public static void main(String[] args) {
            CommandExit.run(() -> {
                try (ShutdownGuard guard = ShutdownGuard.forCurrentThread(Duration.ofSeconds(30))) {
                    System.out.println("working");
                    System.out.flush();
                    while (!guard.stopRequested()) {
                        pause(20);
                    }
                    System.out.println("saved");
                }
                pause(1000);
                System.out.println("summary");
                System.out.flush();
                return ExitCodes.INCOMPLETE_INPUT;
            }, Duration.ofSeconds(30));
        }

        private static void pause(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException signalled) {
                // the guard interrupts the working thread: the loop looks at stopRequested
            }
        }
    }
}

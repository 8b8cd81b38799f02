package com.repcam.live;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * Cues through the speakers: tones synthesised with javax.sound, speech from Debian's {@code espeak-ng} (run as
 * a separate process writing WAV to its standard output, played on the same line). Everything happens on one
 * background thread behind a short queue; when the queue is full a cue is dropped rather than delayed, so sound
 * never lags behind the person. Without a sound output the first cue prints one warning and sound stays off;
 * without espeak-ng, counts and form cues sound as tones, with one notice.
 */
final class SoundCues implements CueSink {

    private static final float RATE = 22050f;
    private static final AudioFormat FORMAT = new AudioFormat(RATE, 16, 1, true, false);
    private static final long SPEECH_TIMEOUT_SECONDS = 10;

    /** Opens the sound output (javax.sound's default line in RepCam; something else in tests). */
    @FunctionalInterface
    interface LineOpener {
        SourceDataLine open(AudioFormat format) throws LineUnavailableException;
    }

    static final LineOpener DEFAULT_LINE = format -> {
        SourceDataLine l = AudioSystem.getSourceDataLine(format);
        l.open(format, (int) (RATE / 5) * 2);
        l.start();
        return l;
    };

    private final BlockingQueue<Cue> queue = new ArrayBlockingQueue<>(3);
    private final LineOpener opener;
    private final Consumer<String> warn;
    private final List<String> speechCommand;
    private final Thread worker;
    private SourceDataLine line;
    private volatile boolean off;
    private boolean speechOff;

    /**
     * @param warn          receives the one-line warnings (no sound output, no espeak-ng)
     * @param speechCommand the speech synthesiser's command, text appended as the last argument; WAV on stdout
     */
    SoundCues(Consumer<String> warn, List<String> speechCommand, LineOpener opener) {
        this.warn = warn;
        this.opener = opener;
        this.speechCommand = speechCommand;
        this.worker = new Thread(this::run, "repcam-sound");
        worker.setDaemon(true);
        worker.start();
    }

    static SoundCues withEspeak(Consumer<String> warn) {
        return new SoundCues(warn, List.of("espeak-ng", "--stdout", "-s", "165"), DEFAULT_LINE);
    }

    @Override
    public void emit(Cue cue) {
        if (!off) {
            queue.offer(cue); // a full queue drops the cue: late sound is worse than none
        }
    }

    private void run() {
        try {
            while (!off) {
                Cue cue = queue.poll(200, TimeUnit.MILLISECONDS);
                if (cue != null) {
                    play(cue);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            off = true;
            warn.accept("sound cues stopped (" + e + "); the session goes on silently.");
        }
    }

    private void play(Cue cue) {
        if (!openLine()) {
            return;
        }
        switch (cue.kind()) {
            case REP_TONE -> tone(880, 0.12);
            case COUNT -> {
                if (!speak(cue.text())) {
                    tone(1320, 0.08);
                    tone(1320, 0.08);
                }
            }
            case FORM -> {
                if (!speak(cue.text())) {
                    tone(330, 0.35);
                }
            }
            case GUIDE -> {
                if (!speak(cue.text())) {
                    tone(660, 0.2);
                }
            }
        }
    }

    private boolean openLine() {
        if (line != null) {
            return true;
        }
        try {
            line = opener.open(FORMAT);
            return true;
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            off = true;
            queue.clear();
            warn.accept("no sound output (" + firstLine(e) + "): sound cues are off. Use --no-sound to hide "
                    + "this warning.");
            return false;
        }
    }

    /** A sine tone with 5 ms fades (no clicks). */
    private void tone(double hz, double seconds) {
        int n = (int) (RATE * seconds);
        int fade = (int) (RATE * 0.005);
        byte[] pcm = new byte[2 * n];
        for (int i = 0; i < n; i++) {
            double env = Math.min(1.0, Math.min(i, n - 1 - i) / (double) fade);
            short s = (short) (Math.sin(2 * Math.PI * hz * i / RATE) * env * 0.4 * Short.MAX_VALUE);
            pcm[2 * i] = (byte) s;
            pcm[2 * i + 1] = (byte) (s >> 8);
        }
        line.write(pcm, 0, pcm.length);
        line.drain();
    }

    /** Speaks with espeak-ng; false when speech is not available (then the caller plays a tone). */
    private boolean speak(String text) {
        if (speechOff) {
            return false;
        }
        byte[] wav;
        try {
            Process p = new ProcessBuilder(concat(speechCommand, text)).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            try (InputStream in = p.getInputStream()) {
                wav = in.readAllBytes();
            }
            if (!p.waitFor(SPEECH_TIMEOUT_SECONDS, TimeUnit.SECONDS) || p.exitValue() != 0 || wav.length < 100) {
                p.destroy();
                throw new IOException("espeak-ng failed");
            }
        } catch (IOException e) {
            speechOff = true;
            warn.accept("cannot speak cues (" + speechCommand.get(0) + " is not installed or failed: install Debian's "
                    + "espeak-ng); counts and form cues sound as tones.");
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
        try (AudioInputStream in = AudioSystem.getAudioInputStream(new ByteArrayInputStream(wav));
             AudioInputStream pcm = AudioSystem.getAudioInputStream(FORMAT, in)) {
            byte[] buffer = new byte[4096];
            for (int r; (r = pcm.read(buffer)) > 0; ) {
                line.write(buffer, 0, r - (r & 1));
            }
            line.drain();
            return true;
        } catch (UnsupportedAudioFileException | IOException | IllegalArgumentException e) {
            speechOff = true;
            warn.accept("cannot play espeak-ng's speech (" + firstLine(e) + "); counts and form cues sound as tones.");
            return false;
        }
    }

    private static List<String> concat(List<String> command, String last) {
        List<String> all = new java.util.ArrayList<>(command);
        all.add(last);
        return all;
    }

    private static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    @Override
    public void close() {
        off = true;
        worker.interrupt();
        try {
            worker.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (line != null) {
            line.close();
        }
    }
}

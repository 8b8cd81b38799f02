package com.repcam.pose;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;

/**
 * Checks that libtorch's CPU kernels compute the pose models correctly on this machine: the detector must return,
 * for the input the converter recorded with it, the outputs the converter recorded (tools/convert, which checked
 * them against an independent executor of the TFLite graph). On an AMD EPYC of the Zen 5 family (CPU family 26)
 * libtorch 2.7.1's oneDNN AVX-512 kernels returned boxes hundreds of pixels off and nobody was found in most frames;
 * its AVX2 kernels were right ({@link CpuKernels} chooses them there).
 */
final class CpuKernelCheck {

    /** Where the detector's reference pair lies on the class path (written by tools/convert/convert.sh). */
    static final String REFERENCE = "/reference/";
    /** Allowed difference: absolute plus relative to the recorded value, as the converter's own check. */
    static final double TOLERANCE = 1e-3;

    private CpuKernelCheck() {
    }

    /**
     * What the detector got wrong on the reference input, or empty when every output value is within tolerance.
     *
     * @param detector runs the detector model on a 224x224 NHWC input
     */
    static Optional<String> mismatch(Function<FloatBuffer, RawDetections> detector) {
        RawDetections got = detector.apply(FloatBuffer.wrap(reference("pose_detection.input.f32.gz")));
        return firstOff("boxes", got.boxes(), reference("pose_detection.boxes.f32.gz"))
                .or(() -> firstOff("scores", got.scores(), reference("pose_detection.scores.f32.gz")));
    }

    private static Optional<String> firstOff(String output, float[] have, float[] want) {
        if (have.length != want.length) {
            return Optional.of(String.format(Locale.ROOT, "the detector's %s has %d values, the reference %d",
                    output, have.length, want.length));
        }
        for (int i = 0; i < want.length; i++) {
            if (!(Math.abs(have[i] - want[i]) <= TOLERANCE + TOLERANCE * Math.abs(want[i]))) {
                return Optional.of(String.format(Locale.ROOT, "the detector's %s[%d] is %g where the reference "
                        + "is %g", output, i, have[i], want[i]));
            }
        }
        return Optional.empty();
    }

    /** A reference file: little-endian float32, gzip. */
    static float[] reference(String file) {
        try (InputStream raw = CpuKernelCheck.class.getResourceAsStream(REFERENCE + file)) {
            if (raw == null) {
                throw new IllegalStateException("reference file " + REFERENCE + file + " is missing from the class "
                        + "path: rebuild RepCam (mvn package)");
            }
            FloatBuffer floats = ByteBuffer.wrap(new GZIPInputStream(raw).readAllBytes())
                    .order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
            float[] out = new float[floats.remaining()];
            floats.get(out);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference file " + file, e);
        }
    }
}

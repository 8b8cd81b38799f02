import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_H264;
import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_MPEG4;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGR24;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;
import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_BGR2YUV_I420;
import static org.bytedeco.opencv.global.opencv_imgproc.cvtColor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.OpenCVFrameConverter;
import org.bytedeco.opencv.opencv_core.Mat;

/**
 * What writing the annotated video costs per frame, apart from everything else: decodes up to 300 frames of a
 * video into memory, then encodes them as AnnotatedVideoWriter does (BGR to YUV 4:2:0 with OpenCV, H.264 through
 * JavaCV's FFmpeg, a key frame every 2 s, 3 bits a pixel) for each variant given, twice each. A variant is
 * {@code default}, {@code mpeg4} (MPEG-4 Part 2 instead of H.264) or comma-separated {@code option=value} pairs
 * passed to the encoder ({@code b=BITS} sets the bit rate). A lead, not a figure to quote on its own.
 *   java -cp "target/repcam.jar:target/lib/*" tools/bench/EncodeProfile.java VIDEO [VARIANT...]
 * e.g. tools/bench/EncodeProfile.java out/bench/analysis-1280x720-30fps.mp4 default loopfilter=0 mpeg4
 */
public class EncodeProfile {
    private static final int FRAMES = 300;

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: EncodeProfile VIDEO [VARIANT...]");
            System.exit(2);
        }
        List<Mat> frames = new ArrayList<>();
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(args[0]);
             OpenCVFrameConverter.ToMat converter = new OpenCVFrameConverter.ToMat()) {
            grabber.setPixelFormat(AV_PIX_FMT_BGR24);
            grabber.start();
            for (Frame f = grabber.grabImage(); f != null && frames.size() < FRAMES; f = grabber.grabImage()) {
                frames.add(converter.convert(f).clone());
            }
        }
        int w = frames.get(0).cols() & ~1;
        int h = frames.get(0).rows() & ~1;
        List<String> variants = args.length > 1 ? Arrays.asList(args).subList(1, args.length) : List.of("default");
        Path out = Files.createTempFile("encode-profile", ".mp4");
        for (int round = 0; round < 2; round++) {
            for (String variant : variants) {
                FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(out.toFile(), w, h, 0);
                recorder.setFormat("mp4");
                recorder.setVideoCodec(variant.equals("mpeg4") ? AV_CODEC_ID_MPEG4 : AV_CODEC_ID_H264);
                recorder.setPixelFormat(AV_PIX_FMT_YUV420P);
                recorder.setFrameRate(30);
                recorder.setGopSize(60);
                recorder.setVideoBitrate(w * h * 3);
                for (String kv : variant.split(",")) {
                    String[] p = kv.split("=", 2);
                    if (p.length == 2 && p[0].equals("b")) {
                        recorder.setVideoBitrate(Integer.parseInt(p[1]));
                    } else if (p.length == 2) {
                        recorder.setVideoOption(p[0], p[1]);
                    }
                }
                recorder.start();
                Mat yuv = new Mat();
                long convert = 0;
                long encode = 0;
                for (Mat m : frames) {
                    long t0 = System.nanoTime();
                    cvtColor(m, yuv, COLOR_BGR2YUV_I420);
                    long t1 = System.nanoTime();
                    recorder.recordImage(w, h, Frame.DEPTH_UBYTE, 1, w, AV_PIX_FMT_YUV420P,
                            yuv.data().capacity((long) w * h * 3 / 2).asByteBuffer());
                    encode += System.nanoTime() - t1;
                    convert += t1 - t0;
                }
                long t2 = System.nanoTime();
                recorder.stop();
                recorder.release();
                encode += System.nanoTime() - t2;
                System.out.printf("%-30s %dx%d  to YUV %.2f ms/frame  encode %.2f ms/frame  %d kB%n", variant, w, h,
                        convert / 1e6 / frames.size(), encode / 1e6 / frames.size(), Files.size(out) / 1024);
            }
        }
        Files.deleteIfExists(out);
    }
}

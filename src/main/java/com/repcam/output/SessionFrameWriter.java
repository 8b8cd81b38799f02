package com.repcam.output;

import com.repcam.analysis.AnalyzedFrame;
import com.repcam.overlay.CoachingPainter;

/**
 * Writes the per-frame session files: the landmarks of every frame to poses.jsonl and, when asked, the frame with
 * the skeleton, count, phase and cues drawn on it to annotated.mp4 (opened at the first frame's size). Draws on
 * the frame it is given.
 */
public final class SessionFrameWriter implements AutoCloseable {

    private final PosesJsonlWriter poses;
    private final AnnotatedVideoWriter.Factory videoFactory;
    private final CoachingPainter painter = new CoachingPainter();
    private AnnotatedVideoWriter video;
    private boolean closed;

    /**
     * @param poses        where to write per-frame landmarks, or null
     * @param videoFactory opens the annotated video at the first frame's size, or null for none
     */
    public SessionFrameWriter(PosesJsonlWriter poses, AnnotatedVideoWriter.Factory videoFactory) {
        this.poses = poses;
        this.videoFactory = videoFactory;
    }

    /** Opens poses.jsonl and (unless {@code videoFps} is 0 or less) annotated.mp4 in a session folder. */
    public static SessionFrameWriter inFolder(SessionFolder folder, double videoFps) throws OutputException {
        PosesJsonlWriter poses = PosesJsonlWriter.open(folder.file(SessionFolder.POSES_JSONL));
        return new SessionFrameWriter(poses, videoFps <= 0 ? null
                : (w, h) -> AnnotatedVideoWriter.open(folder.file(SessionFolder.ANNOTATED_MP4), w, h, videoFps));
    }

    public void write(AnalyzedFrame f) throws OutputException {
        if (poses != null) {
            poses.write(f.pose());
        }
        if (videoFactory != null) {
            if (video == null) {
                video = videoFactory.open(f.frame().width(), f.frame().height());
            }
            painter.paint(f.frame().bgr(), f.pose().pose().orElse(null), f.coaching());
            video.write(f.frame().bgr(), f.frame().timestampMicros());
        }
    }

    /** Finishes the files; closing again does nothing. */
    @Override
    public void close() throws OutputException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (poses != null) {
                poses.close();
            }
        } finally {
            if (video != null) {
                video.close();
            }
        }
    }
}

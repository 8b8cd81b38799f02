package com.repcam.session;

import com.repcam.analysis.SessionRecorder;
import com.repcam.analysis.SessionResult;
import com.repcam.output.OutputException;
import com.repcam.output.SessionFolder;
import com.repcam.output.SessionFrameWriter;
import com.repcam.output.report.RepStills;
import com.repcam.output.report.SessionSaver;
import java.nio.file.Path;
import java.util.List;

/**
 * One session folder being filled, the same way for a recording ({@link RecordingSessions}) and for a live set:
 * created with its per-frame files (poses.jsonl, and annotated.mp4 when asked), written frame by frame, then either
 * saved (session.json, reps.csv and the report, its rep stills taken from the annotated video or else from the
 * recording) or discarded.
 */
public final class SessionOutput {

    private final SessionFolder folder;
    private final SessionFrameWriter frames;
    private final boolean annotatedVideo;
    private final Path recording;

    private SessionOutput(SessionFolder folder, SessionFrameWriter frames, boolean annotatedVideo, Path recording) {
        this.folder = folder;
        this.frames = frames;
        this.annotatedVideo = annotatedVideo;
        this.recording = recording;
    }

    /**
     * Creates a new session folder under {@code outDir} and opens its per-frame files.
     *
     * @param videoFps  frame rate of annotated.mp4, or 0 for none
     * @param recording the video the session comes from, for rep stills when there is no annotated video; null
     *                  for a camera
     */
    public static SessionOutput create(Path outDir, String inputName, String exerciseId, double videoFps,
                                       Path recording) throws OutputException {
        SessionFolder folder = SessionFolder.create(outDir, inputName, exerciseId);
        try {
            return new SessionOutput(folder, SessionFrameWriter.inFolder(folder, videoFps), videoFps > 0, recording);
        } catch (OutputException e) {
            folder.delete();
            throw e;
        }
    }

    public SessionFolder folder() {
        return folder;
    }

    /** The per-frame files, written in order from one thread; closing them early is allowed. */
    public SessionFrameWriter frames() {
        return frames;
    }

    /**
     * Finishes the per-frame files and writes session.json, reps.csv and the report.
     *
     * @return problems met that did not stop the saving, worded for the user
     */
    public List<String> save(SessionResult result, SessionRecorder recorder, String modelName, String version)
            throws OutputException {
        frames.close();
        RepStills.Source stillsFrom = annotatedVideo
                ? RepStills.Source.annotated(folder.file(SessionFolder.ANNOTATED_MP4), result.firstTimestampMicros())
                : recording == null ? null : RepStills.Source.recording(recording);
        return SessionSaver.save(folder, result, recorder, modelName, version, stillsFrom);
    }

    /** Closes the per-frame files and removes the folder (nothing worth keeping was analysed). */
    public void discard() throws OutputException {
        try {
            frames.close();
        } catch (OutputException ignored) {
            // the files are removed next
        }
        folder.delete();
    }
}

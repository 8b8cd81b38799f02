package com.repcam.capture;

import org.bytedeco.ffmpeg.global.avutil;

/** Keeps FFmpeg's own console output down to fatal errors: RepCam reports problems in its own words. */
final class FfmpegLogging {

    private FfmpegLogging() {
    }

    static void quiet() {
        avutil.av_log_set_level(avutil.AV_LOG_FATAL);
    }
}

package com.repcam.analysis;

import com.repcam.runner.StageRunner;

/**
 * Where parallel tracking's first part waits, past the seam, for the verdict on which part tracks the rest of the
 * video ({@link ParallelPoseTracking}). The first verdict given stands.
 */
final class SeamGate {

    enum Verdict { UNDECIDED, SECOND_TAKES_OVER, FIRST_CARRIES_ON }

    private Verdict verdict = Verdict.UNDECIDED;

    synchronized Verdict verdict() {
        return verdict;
    }

    /** Gives the verdict unless one was given already. */
    synchronized void decide(Verdict given) {
        if (given == Verdict.UNDECIDED) {
            throw new IllegalArgumentException("a verdict is second takes over or first carries on");
        }
        if (verdict == Verdict.UNDECIDED) {
            verdict = given;
            notifyAll();
        }
    }

    /** Waits for the verdict; an interrupt stops the waiting part (StageRunner's stop). */
    synchronized Verdict await() {
        while (verdict == Verdict.UNDECIDED) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StageRunner.Stop();
            }
        }
        return verdict;
    }
}

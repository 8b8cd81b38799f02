package com.repcam.runner;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Owns the threads of a run and the {@link Handoff}s between them. Stages are wired as sources (a thread that
 * produces items), stages (on the calling thread, {@link #here}: each item turned into another) and sinks (a thread
 * that consumes items); the runner provides what every multi-threaded flow in RepCam needs once:
 * <ul>
 *   <li><b>end marker</b>: a source that runs out ends its handoff; each stage drains its input, then ends its
 *       output, so the end flows down the line;</li>
 *   <li><b>stop</b> ({@link #stop}, an interrupt, or a stage throwing {@link Stop}): sources stop producing, items
 *       already past the stopping stage still flow to the end;</li>
 *   <li><b>failure</b>: the first exception of any stage is kept ({@link #failure}), every handoff is aborted (all
 *       held items released) and the other stages return;</li>
 *   <li><b>layout</b>: the same line of stages can run with a thread per stage or in turn on the calling thread
 *       ({@link #line}).</li>
 * </ul>
 * Fallback to another way of running, when a run fails in a way that calls for it, is {@link Fallback}.
 */
public final class StageRunner implements AutoCloseable {

    /** Produces items until empty (the end); closed on its own thread when it ends. */
    @FunctionalInterface
    public interface Producer<T> extends AutoCloseable {
        Optional<T> next() throws Exception;

        @Override
        default void close() throws Exception {
        }
    }

    /** Turns one item into the next stage's item; the output owns what the input held. */
    @FunctionalInterface
    public interface Stage<I, O> {
        O apply(I item) throws Exception;
    }

    /** Consumes items; each is released after it returns. */
    @FunctionalInterface
    public interface Sink<T> {
        void accept(T item) throws Exception;
    }

    /** Thrown by a stage to stop the run here, as an interrupt would: the item it was given is released. */
    public static final class Stop extends RuntimeException {
        public Stop() {
            super("stop requested", null, false, false);
        }
    }

    /** Where the stages of a {@link #line} run. */
    public enum Layout {
        /** A thread for the source and one for the sink; the middle stage on the calling thread. */
        THREAD_PER_STAGE,
        /** Everything in turn on the calling thread. */
        CALLER
    }

    private static final long CLOSE_JOIN_MILLIS = 5000;

    private final String name;
    private final List<Thread> threads = new ArrayList<>();
    private final List<Thread> sourceThreads = new ArrayList<>();
    private final List<Handoff<?>> handoffs = new ArrayList<>();
    private final List<Handoff<?>> sourceOutputs = new ArrayList<>();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private volatile boolean stopping;

    /** @param name prefix of the thread names ("repcam-live-capture") */
    public StageRunner(String name) {
        this.name = name;
    }

    /** A bounded handoff that this runner aborts on a failure. */
    public synchronized <T> Handoff<T> bounded(String handoffName, int capacity, Consumer<? super T> release) {
        return register(Handoff.bounded(handoffName, capacity, release));
    }

    /** A keep-newest handoff that this runner aborts on a failure. */
    public synchronized <T> Handoff<T> keepNewest(String handoffName, Consumer<? super T> release) {
        return register(Handoff.keepNewest(handoffName, release));
    }

    private <T> Handoff<T> register(Handoff<T> handoff) {
        handoffs.add(handoff);
        if (failure.get() != null) {
            handoff.abort();
        }
        return handoff;
    }

    /** Starts a thread that puts the producer's items into {@code out}, then ends it. */
    public synchronized <T> void source(String stageName, Producer<T> producer, Handoff<T> out) {
        sourceOutputs.add(out);
        if (stopping) {
            out.end();
        }
        sourceThreads.add(start(stageName, () -> {
            try (producer) {
                while (!stopping) {
                    Optional<T> next = producer.next();
                    if (next.isEmpty() || !out.put(next.get())) {
                        return;
                    }
                }
            } catch (Exception e) {
                if (!stopping) {
                    throw e;
                } // a read cut short by the stop (an interrupted camera read) is not a failure
            } finally {
                out.end();
            }
        }));
    }

    /** Starts a thread that passes each item of {@code in} to {@code sink}, releasing it afterwards. */
    public synchronized <T> void sink(String stageName, Handoff<T> in, Sink<T> sink) {
        start(stageName, () -> {
            while (true) {
                Optional<T> item = in.take();
                if (item.isEmpty()) {
                    if (in.isClosed()) {
                        return;
                    }
                    continue;
                }
                try {
                    sink.accept(item.get());
                } finally {
                    in.release(item.get());
                }
            }
        });
    }

    /**
     * Runs a stage on the calling thread until its input ends, the run stops or fails; its output is ended
     * afterwards. A failure is recorded, not thrown: see {@link #failure}.
     */
    public <I, O> void here(Handoff<I> in, Stage<I, O> stage, Handoff<O> out) {
        guarded(() -> pump(in, stage, out));
    }

    /**
     * Runs producer, stage and sink as one line in the given layout and waits for it to finish; a stop ends it
     * early with every item already transformed still sunk. Failures: see {@link #failure}.
     *
     * @param queue   items held between two stages when they run on threads of their own
     * @param release frees a produced item the stage did not take (a stop or failure on the way)
     * @param sunk    frees a transformed item once the sink had it (or when nobody will sink it)
     */
    public <A, B> void line(Layout layout, Producer<A> producer, Consumer<? super A> release, int queue,
                            Stage<A, B> stage, Sink<B> sink, Consumer<? super B> sunk) {
        if (layout == Layout.CALLER) {
            guarded(() -> inTurn(producer, release, stage, sink, sunk));
            return;
        }
        Handoff<A> produced = bounded("produced", queue, release);
        Handoff<B> transformed = bounded("transformed", queue, sunk);
        source("source", producer, produced);
        sink("sink", transformed, sink);
        here(produced, stage, transformed);
        await();
    }

    private <A, B> void inTurn(Producer<A> producer, Consumer<? super A> release, Stage<A, B> stage, Sink<B> sink,
                               Consumer<? super B> sunk) throws Exception {
        try (producer) {
            while (!stopping) {
                Optional<A> next = producer.next();
                if (next.isEmpty()) {
                    return;
                }
                B out;
                try {
                    out = stage.apply(next.get());
                } catch (Stop stop) {
                    release.accept(next.get());
                    stop();
                    return;
                } catch (Exception | Error e) {
                    release.accept(next.get());
                    throw e;
                }
                try {
                    sink.accept(out);
                } finally {
                    sunk.accept(out);
                }
                if (Thread.interrupted()) {
                    stop();
                }
            }
        }
    }

    private <I, O> void pump(Handoff<I> in, Stage<I, O> stage, Handoff<O> out) throws Exception {
        try {
            while (true) {
                Optional<I> item;
                try {
                    item = in.take();
                } catch (InterruptedException e) {
                    stopHere(in);
                    return;
                }
                if (item.isEmpty()) {
                    if (in.isClosed()) {
                        return;
                    }
                    continue;
                }
                O result;
                try {
                    result = stage.apply(item.get());
                } catch (Stop | InterruptedException stop) {
                    in.release(item.get());
                    stopHere(in);
                    return;
                } catch (Exception | Error e) {
                    in.release(item.get());
                    throw e;
                }
                try {
                    if (!out.put(result)) {
                        return;
                    }
                } catch (InterruptedException e) {
                    stopHere(in);
                    try {
                        out.put(result); // asked to stop: this item is done, so it still goes on (flag cleared)
                    } catch (InterruptedException again) {
                        out.release(result);
                        Thread.currentThread().interrupt();
                    }
                    return;
                }
            }
        } finally {
            out.end();
        }
    }

    /** A stage stops the run: sources stop, and nothing more is taken from its input. */
    private void stopHere(Handoff<?> in) {
        stop();
        in.abort();
    }

    /** Sources stop producing (an item being produced is released); items already handed on still flow. */
    public void stop() {
        List<Handoff<?>> outputs;
        List<Thread> sources;
        synchronized (this) {
            stopping = true;
            outputs = List.copyOf(sourceOutputs);
            sources = List.copyOf(sourceThreads);
        }
        outputs.forEach(Handoff::end);
        sources.forEach(Thread::interrupt);
    }

    /** True once the run was asked to stop early (by {@link #stop}, an interrupt or a {@link Stop}). */
    public boolean stopped() {
        return stopping;
    }

    /** The first exception any stage threw, if one did. */
    public Optional<Throwable> failure() {
        return Optional.ofNullable(failure.get());
    }

    /**
     * Throws the first failure, if any, as itself when it is one of the given checked types, an unchecked
     * exception or an error; any other checked exception is wrapped.
     */
    public <E1 extends Exception, E2 extends Exception> void throwFailure(Class<E1> first, Class<E2> second)
            throws E1, E2 {
        Throwable t = failure.get();
        if (t == null) {
            return;
        }
        if (first.isInstance(t)) {
            throw first.cast(t);
        } else if (second.isInstance(t)) {
            throw second.cast(t);
        } else if (t instanceof RuntimeException r) {
            throw r;
        } else if (t instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException(name + ": " + t.getMessage(), t);
    }

    /** Waits for every thread of the run; an interrupt while waiting stops the run (and is kept as a stop). */
    public void await() {
        for (Thread t : threadsSnapshot()) {
            while (t.isAlive()) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    stop();
                }
            }
        }
    }

    /** Stops the run, releases everything held and waits (a few seconds at most) for the threads to end. */
    @Override
    public void close() {
        stop();
        abortAll();
        for (Thread t : threadsSnapshot()) {
            t.interrupt();
            try {
                t.join(CLOSE_JOIN_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        abortAll(); // anything a late thread handed over
    }

    private synchronized List<Thread> threadsSnapshot() {
        return List.copyOf(threads);
    }

    private void abortAll() {
        List<Handoff<?>> all;
        synchronized (this) {
            all = List.copyOf(handoffs);
        }
        all.forEach(Handoff::abort);
    }

    private void fail(Throwable t) {
        if (failure.compareAndSet(null, t)) {
            abortAll();
        }
    }

    /** Work that may throw anything. */
    @FunctionalInterface
    private interface Work {
        void run() throws Exception;
    }

    private void guarded(Work work) {
        try {
            work.run();
        } catch (InterruptedException e) {
            stop();
        } catch (Stop e) {
            stop();
        } catch (Exception | Error e) {
            fail(e);
        }
    }

    private Thread start(String stageName, Work work) {
        Thread t = new Thread(() -> guarded(work), name + "-" + stageName);
        t.setDaemon(true);
        threads.add(t);
        t.start();
        return t;
    }
}

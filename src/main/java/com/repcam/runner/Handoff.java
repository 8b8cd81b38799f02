package com.repcam.runner;

import java.util.ArrayDeque;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The queue between two stages, owning what it holds: an item is put by one stage and taken by the next, and
 * anything nobody will take (replaced, put after the end, held when the run is aborted) is released, so a frame
 * is closed whichever stage fails first.
 *
 * <p>Two kinds: <b>bounded</b>, where the producer waits while the queue is full (nothing is lost; memory stays
 * flat however long the video), and <b>keep-newest</b>, which holds one item and replaces it when a newer one
 * arrives before it was taken (a camera: what is analysed is never older than one frame plus the analysis).
 *
 * <p>The producer marks the end with {@link #end()}: takers drain what is left, then get empty. {@link #abort()}
 * releases everything at once and makes every put and take return. Thread-safe.
 *
 * @param <T> what flows through, for example a video frame
 */
public final class Handoff<T> {

    private final int capacity;
    private final boolean keepNewest;
    private final Consumer<? super T> release;
    private final ArrayDeque<T> items = new ArrayDeque<>();
    private boolean ended;
    private boolean aborted;
    private boolean woken;
    private long offered;
    private long dropped;

    private Handoff(String name, int capacity, boolean keepNewest, Consumer<? super T> release) {
        if (capacity < 1) {
            throw new IllegalArgumentException(name + ": a handoff holds at least one item, not " + capacity);
        }
        this.capacity = capacity;
        this.keepNewest = keepNewest;
        this.release = release;
    }

    /**
     * A queue of at most {@code capacity} items; the producer waits while it is full.
     *
     * @param release frees an item nobody will take (closes a frame); called at most once per item
     */
    public static <T> Handoff<T> bounded(String name, int capacity, Consumer<? super T> release) {
        return new Handoff<>(name, capacity, false, release);
    }

    /** One item at most; a newer one replaces it, and the replaced item is released and counted as dropped. */
    public static <T> Handoff<T> keepNewest(String name, Consumer<? super T> release) {
        return new Handoff<>(name, 1, true, release);
    }

    /**
     * Hands an item over, waiting while a bounded queue is full.
     *
     * @return false once the handoff has ended or was aborted: the item was released, stop producing
     */
    public synchronized boolean put(T item) throws InterruptedException {
        while (!keepNewest && items.size() >= capacity && !ended && !aborted) {
            wait();
        }
        if (ended || aborted) {
            release(item);
            return false;
        }
        offered++;
        if (keepNewest && !items.isEmpty()) {
            release(items.poll());
            dropped++;
        }
        items.add(item);
        notifyAll();
        return true;
    }

    /**
     * The next item, waiting for one. Empty when the handoff has ended and is drained, was aborted, or when
     * {@link #wake} was called ({@link #isClosed} tells these apart).
     */
    public synchronized Optional<T> take() throws InterruptedException {
        while (items.isEmpty() && !ended && !aborted && !woken) {
            wait();
        }
        woken = false;
        return poll();
    }

    /** The next item, or empty at once when none is waiting. */
    public synchronized Optional<T> poll() {
        T item = items.poll();
        if (item != null) {
            notifyAll();
        }
        return Optional.ofNullable(item);
    }

    /** Makes a waiting (or the next) {@link #take} return at once, so the consumer can handle something else. */
    public synchronized void wake() {
        woken = true;
        notifyAll();
    }

    /** No more items will be put (the end marker): what is held is still taken, later puts are refused. */
    public synchronized void end() {
        ended = true;
        notifyAll();
    }

    /** Releases everything held and refuses all further items; waiting puts and takes return at once. */
    public synchronized void abort() {
        aborted = true;
        for (T item = items.poll(); item != null; item = items.poll()) {
            release(item);
        }
        notifyAll();
    }

    /** True once ended or aborted (items may still be waiting after an end). */
    public synchronized boolean isClosed() {
        return ended || aborted;
    }

    /** Items accepted so far. */
    public synchronized long offered() {
        return offered;
    }

    /** Items a keep-newest handoff replaced before they were taken. */
    public synchronized long dropped() {
        return dropped;
    }

    /** Frees an item taken from this handoff that will not be passed on (the stage failed on it). */
    public void release(T item) {
        if (item != null) {
            release.accept(item);
        }
    }
}

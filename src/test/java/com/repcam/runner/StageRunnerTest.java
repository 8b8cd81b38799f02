package com.repcam.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StageRunnerTest {

    /** Something that must be released exactly once, as a frame must be closed. */
    static final class Item {
        final int index;
        final AtomicInteger releases = new AtomicInteger();

        Item(int index) {
            this.index = index;
        }

        void release() {
            releases.incrementAndGet();
        }
    }

    /** Produces items 0..count-1 and remembers them all. */
    static final class Items implements StageRunner.Producer<Item> {
        final List<Item> made = Collections.synchronizedList(new ArrayList<>());
        final int count;
        boolean closed;

        Items(int count) {
            this.count = count;
        }

        @Override
        public Optional<Item> next() {
            if (made.size() == count) {
                return Optional.empty();
            }
            Item item = new Item(made.size());
            made.add(item);
            return Optional.of(item);
        }

        @Override
        public void close() {
            closed = true;
        }

        void assertEachReleasedOnce() {
            for (Item item : made) {
                assertEquals(1, item.releases.get(), "item " + item.index + " released once");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(StageRunner.Layout.class)
    void everyItemReachesTheSinkInOrderAndIsReleasedOnce(StageRunner.Layout layout) {
        Items items = new Items(50);
        List<Integer> sunk = Collections.synchronizedList(new ArrayList<>());
        try (StageRunner runner = new StageRunner("test")) {
            runner.line(layout, items, Item::release, 2, item -> item, item -> sunk.add(item.index), Item::release);
            assertTrue(runner.failure().isEmpty());
            assertFalse(runner.stopped());
        }
        assertEquals(50, sunk.size());
        for (int i = 0; i < 50; i++) {
            assertEquals(i, sunk.get(i));
        }
        items.assertEachReleasedOnce();
        assertTrue(items.closed, "the producer is closed when it ends");
    }

    @ParameterizedTest
    @EnumSource(StageRunner.Layout.class)
    void aStageFailureIsTheOneReportedAndNoItemIsLeftUnreleased(StageRunner.Layout layout) {
        Items items = new Items(1000);
        IllegalStateException boom = new IllegalStateException("stage failed at 7");
        try (StageRunner runner = new StageRunner("test")) {
            runner.line(layout, items, Item::release, 4, item -> {
                if (item.index == 7) {
                    throw boom;
                }
                return item;
            }, item -> { }, Item::release);
            assertSame(boom, runner.failure().orElseThrow());
            IllegalStateException thrown = assertThrows(IllegalStateException.class,
                    () -> runner.throwFailure(IOException.class, IOException.class));
            assertSame(boom, thrown);
        }
        assertTrue(items.made.size() < 1000, "production stopped after the failure");
        items.assertEachReleasedOnce();
    }

    @ParameterizedTest
    @EnumSource(StageRunner.Layout.class)
    void aSinkFailureStopsTheRunAndIsThrownAsItsCheckedType(StageRunner.Layout layout) {
        Items items = new Items(1000);
        try (StageRunner runner = new StageRunner("test")) {
            runner.line(layout, items, Item::release, 4, item -> item, item -> {
                if (item.index == 3) {
                    throw new IOException("disk full");
                }
            }, Item::release);
            IOException e = assertThrows(IOException.class,
                    () -> runner.throwFailure(IOException.class, InterruptedException.class));
            assertEquals("disk full", e.getMessage());
        }
        items.assertEachReleasedOnce();
    }

    @ParameterizedTest
    @EnumSource(StageRunner.Layout.class)
    void aStopFromTheStageEndsTheRunWithEverythingAlreadyTransformedStillSunk(StageRunner.Layout layout) {
        Items items = new Items(1000);
        List<Integer> sunk = Collections.synchronizedList(new ArrayList<>());
        try (StageRunner runner = new StageRunner("test")) {
            runner.line(layout, items, Item::release, 4, item -> {
                if (item.index == 10) {
                    throw new StageRunner.Stop();
                }
                return item;
            }, item -> sunk.add(item.index), Item::release);
            assertTrue(runner.stopped());
            assertTrue(runner.failure().isEmpty(), "a stop is not a failure");
        }
        assertEquals(10, sunk.size(), "items 0..9 were transformed before the stop, so they are sunk");
        items.assertEachReleasedOnce();
    }

    @Test
    void anInterruptOfTheCallingStageStopsTheRunLikeAStop() throws Exception {
        Items items = new Items(100_000);
        List<Integer> sunk = Collections.synchronizedList(new ArrayList<>());
        Thread caller = Thread.currentThread();
        boolean stopped;
        try (StageRunner runner = new StageRunner("test")) {
            runner.line(StageRunner.Layout.THREAD_PER_STAGE, items, Item::release, 4, item -> {
                if (item.index == 20) {
                    caller.interrupt();
                }
                return item;
            }, item -> sunk.add(item.index), Item::release);
            stopped = runner.stopped();
        }
        Thread.interrupted();
        assertTrue(stopped);
        assertTrue(sunk.size() >= 21 && sunk.size() < 100_000, "stopped soon after the interrupt: " + sunk.size());
        items.assertEachReleasedOnce();
    }

    @Test
    void aKeepNewestSourceDropsWhatASlowConsumerMissesAndCloseReleasesTheRest() throws Exception {
        Items items = new Items(Integer.MAX_VALUE);
        CountDownLatch someProduced = new CountDownLatch(200);
        StageRunner.Producer<Item> counting = () -> {
            someProduced.countDown();
            return items.next();
        };
        StageRunner runner = new StageRunner("test");
        Handoff<Item> newest = runner.keepNewest("newest", Item::release);
        runner.source("camera", counting, newest);
        assertTrue(someProduced.await(10, TimeUnit.SECONDS));
        Item taken = newest.take().orElseThrow();
        runner.close();
        taken.release();
        assertTrue(newest.dropped() > 0, "frames arriving faster than taken were replaced");
        assertTrue(newest.isClosed());
        items.assertEachReleasedOnce();
    }

    @Test
    void stopEndsASourceButWhatItHandedOverIsStillTaken() throws Exception {
        Items items = new Items(Integer.MAX_VALUE);
        StageRunner runner = new StageRunner("test");
        Handoff<Item> queue = runner.bounded("queue", 3, Item::release);
        runner.source("reader", items, queue);
        while (queue.offered() < 3) {
            TimeUnit.MILLISECONDS.sleep(5);
        }
        runner.stop();
        int taken = 0;
        for (Optional<Item> i = queue.take(); i.isPresent(); i = queue.take()) {
            assertEquals(taken, i.get().index);
            i.get().release();
            taken++;
        }
        runner.await();
        runner.close();
        assertEquals(3, taken, "the three queued items are still taken after the stop");
        items.assertEachReleasedOnce();
        assertTrue(items.closed);
    }

    @Test
    void theFallbackRunsTheSecondWayOnlyAfterTheFailureThatCallsForIt() throws Exception {
        List<String> notes = new ArrayList<>();
        List<String> tried = new ArrayList<>();
        String result = Fallback.<String, String, IOException, IOException>run(way -> {
            tried.add(way);
            if (way.equals("parallel")) {
                throw new java.io.EOFException("out of step");
            }
            return "done " + way;
        }, "parallel", "in turn", java.io.EOFException.class, notes::add);
        assertEquals("done in turn", result);
        assertEquals(List.of("parallel", "in turn"), tried);
        assertEquals(List.of("out of step"), notes);

        IOException other = assertThrows(IOException.class,
                () -> Fallback.<String, String, IOException, IOException>run(way -> {
                    throw new IOException("unreadable");
                }, "parallel", "in turn", java.io.EOFException.class, notes::add));
        assertEquals("unreadable", other.getMessage());
        assertEquals(1, notes.size(), "no fallback for another failure");
    }
}

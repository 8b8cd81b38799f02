package com.repcam.exercise;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.stream.DoubleStream;

/** The depths of the last few movements, oldest dropped first, and their median. */
final class RecentDepths {

    private final int capacity;
    private final Deque<Double> depths = new ArrayDeque<>();

    RecentDepths(int capacity) {
        this.capacity = capacity;
    }

    void add(double depth) {
        depths.addLast(depth);
        if (depths.size() > capacity) {
            depths.removeFirst();
        }
    }

    int size() {
        return depths.size();
    }

    /** The median of the depths kept (NaN when there are none). */
    double median() {
        return medianWith();
    }

    /** The median of the depths kept, with {@code more} counted among them (not kept). */
    double medianWith(double... more) {
        return Median.of(DoubleStream.concat(depths.stream().mapToDouble(Double::doubleValue),
                DoubleStream.of(more)).toArray());
    }

    @Override
    public String toString() {
        return depths.toString();
    }
}

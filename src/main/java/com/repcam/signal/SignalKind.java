package com.repcam.signal;

import java.util.Set;

/**
 * One kind of signal an exercise file can define: the YAML key that names it ({@code angle: [hip, shoulder,
 * elbow]}), the other keys it takes beside that one, and how it is built from them. Each signal class declares its
 * own kind; {@link SignalKinds} lists them all, so a new kind is one class and one line there.
 *
 * @param key     the key that names the kind and holds its landmarks
 * @param options the other keys the kind takes ({@code scale}, {@code space}, ...)
 */
public record SignalKind(String key, Set<String> options, Builder builder) {

    /** Builds a signal from its fields; any problem is reported through the fields (which say where it is). */
    @FunctionalInterface
    public interface Builder {
        <X extends Exception> SignalSpec build(SignalFields<X> fields) throws X;
    }
}

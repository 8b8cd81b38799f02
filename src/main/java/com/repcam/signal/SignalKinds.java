package com.repcam.signal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The table of the signal kinds exercise files can use: a new kind is a class declaring its kind, added here. */
public final class SignalKinds {

    private static final List<SignalKind> ALL = List.of(
            AngleSignal.KIND,
            LineDeviationSignal.KIND,
            HeightSignal.KIND,
            ForwardOffsetSignal.KIND,
            InclineSignal.KIND);

    private static final Map<String, SignalKind> BY_KEY = new LinkedHashMap<>();

    static {
        for (SignalKind k : ALL) {
            if (BY_KEY.put(k.key(), k) != null) {
                throw new IllegalStateException("two signal kinds named " + k.key());
            }
        }
    }

    private SignalKinds() {
    }

    /** The keys that name a kind, in the table's order. */
    public static List<String> keys() {
        return List.copyOf(BY_KEY.keySet());
    }

    public static Optional<SignalKind> named(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }
}

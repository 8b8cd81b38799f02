package com.repcam.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignalKindsTest {

    /** Fields given as plain values, as an exercise file would give them. */
    record MapFields(Map<String, Object> values) implements SignalFields<IllegalArgumentException> {
        @Override
        public Joint[] joints(String field, int count) {
            @SuppressWarnings("unchecked")
            List<String> names = (List<String>) values.get(field);
            if (names == null || names.size() != count) {
                throw invalid(field, "must list " + count + " landmarks");
            }
            return names.stream().map(n -> Joint.parse(n).orElseThrow()).toArray(Joint[]::new);
        }

        @Override
        public boolean flag(String field, boolean otherwise) {
            return (Boolean) values.getOrDefault(field, otherwise);
        }

        @Override
        public <E extends Enum<E>> E choice(String field, Class<E> type, E otherwise) {
            Object v = values.get(field);
            return v == null ? otherwise : Enum.valueOf(type, v.toString().toUpperCase());
        }

        @Override
        public IllegalArgumentException invalid(String field, String message) {
            return new IllegalArgumentException(field + ": " + message);
        }
    }

    @Test
    void everyKindInTheTableBuildsItsOwnSignalFromItsKey() {
        Map<String, Class<?>> expected = Map.of("angle", AngleSignal.class, "line_deviation",
                LineDeviationSignal.class, "height", HeightSignal.class, "forward_offset", ForwardOffsetSignal.class,
                "incline", InclineSignal.class);
        assertEquals(expected.keySet(), java.util.Set.copyOf(SignalKinds.keys()));
        Map<String, List<String>> landmarks = Map.of("angle", List.of("hip", "shoulder", "elbow"),
                "line_deviation", List.of("shoulder", "ear", "nose"), "height", List.of("shoulder", "wrist"),
                "forward_offset", List.of("wrist", "shoulder"), "incline", List.of("hip", "shoulder"));
        for (String key : SignalKinds.keys()) {
            SignalKind kind = SignalKinds.named(key).orElseThrow();
            Map<String, Object> fields = kind.options().contains("scale")
                    ? Map.of(key, landmarks.get(key), "scale", List.of("shoulder", "hip"))
                    : Map.of(key, landmarks.get(key));
            SignalSpec built = kind.builder().build(new MapFields(fields));
            assertInstanceOf(expected.get(key), built, key);
        }
    }

    @Test
    void aKindReportsItsOwnProblemsThroughTheFields() {
        SignalKind angle = SignalKinds.named("angle").orElseThrow();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> angle.builder().build(
                new MapFields(Map.of("angle", List.of("hip", "shoulder", "elbow"), "full_circle", true,
                        "space", "world"))));
        assertTrue(e.getMessage().startsWith("full_circle: "), e.getMessage());
        assertTrue(SignalKinds.named("no_such_kind").isEmpty());
    }
}

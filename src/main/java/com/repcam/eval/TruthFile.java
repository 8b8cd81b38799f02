package com.repcam.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The truth of a rendered clip (schema {@code repcam-truth/1}, written by tools/render): the exercise, the full
 * reps with their times and faults, the partial reps, when the person is in the picture, and, for clips where the
 * person walks in (or out), when they are walking, getting down and settling (or getting up and walking away).
 *
 * @param personInView spans in which at least one joint of the person is in the picture (the whole clip in files
 *                     written before walk-ins existed)
 * @param walkIn       from the first frame to the end of the settling in the start position, when the clip has a
 *                     walk-in: no rep can happen in it
 * @param walkOut      from getting up to the end of the walk out, when the clip has one
 * @param phases       the parts of the walk-in and walk-out by name: {@code walk_in.walk}, {@code walk_in.turn},
 *                     {@code walk_in.get_down}, {@code walk_in.settle}, {@code walk_out.get_up},
 *                     {@code walk_out.turn}, {@code walk_out.walk} (those the clip has)
 * @param camera       where the clip was filmed from
 */
public record TruthFile(Path file, String exercise, double durationSeconds, List<RepSpan> reps,
                        List<RepSpan> partialReps, List<Span> personInView, Optional<Span> walkIn,
                        Optional<Span> walkOut, Map<String, Span> phases, Camera camera) {

    /**
     * The camera of a rendered clip.
     *
     * @param view     {@code side}, {@code oblique} or {@code front} as the clip was made ({@code unknown} when the
     *                 file does not say)
     * @param mirrored the picture was flipped left-right after rendering (as a mirror or a selfie camera shows it)
     * @param picture  how the rendered picture was changed afterwards (tools/render/clip-variant.sh: {@code
     *                 mirrored}, {@code mirrored-grain}, {@code dim}), {@code as filmed} when it was not
     */
    public record Camera(String view, double azimuthDegrees, boolean mirrored, String picture) {
    }

    public static final String SCHEMA = "repcam-truth/1";

    /** A time span in seconds. */
    public record Span(double startSeconds, double endSeconds) {
        public Span {
            if (endSeconds < startSeconds) {
                throw new IllegalArgumentException("span ends before it starts: " + startSeconds + " > " + endSeconds);
            }
        }

        public boolean contains(double seconds) {
            return seconds >= startSeconds && seconds < endSeconds;
        }

        public boolean overlaps(RepSpan rep) {
            return rep.startSeconds() < endSeconds && rep.endSeconds() > startSeconds;
        }
    }

    public TruthFile {
        reps = List.copyOf(reps);
        partialReps = List.copyOf(partialReps);
        personInView = List.copyOf(personInView);
        phases = Map.copyOf(phases);
    }

    public static TruthFile read(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        if (!SCHEMA.equals(root.path("schema").asText())) {
            throw new IOException(file + " is not a RepCam truth file (schema " + SCHEMA + ")");
        }
        double duration = root.path("duration_s").asDouble();
        List<Span> inView = new ArrayList<>();
        if (root.has("person_in_view")) {
            for (JsonNode s : root.path("person_in_view")) {
                inView.add(new Span(s.path(0).asDouble(), s.path(1).asDouble()));
            }
        } else {
            inView.add(new Span(0, duration));
        }
        Map<String, Span> phases = new TreeMap<>();
        for (String part : List.of("walk_in", "walk_out")) {
            root.path(part).fields().forEachRemaining(e -> {
                if (e.getValue().isArray() && e.getValue().size() == 2) {
                    phases.put(part + "." + e.getKey(), new Span(e.getValue().path(0).asDouble(),
                            e.getValue().path(1).asDouble()));
                }
            });
        }
        Optional<Span> walkIn = Optional.empty();
        JsonNode in = root.path("walk_in");
        if (in.isObject()) {
            walkIn = Optional.of(new Span(in.path("walk").path(0).asDouble(), in.path("settle").path(1).asDouble()));
        }
        Optional<Span> walkOut = Optional.empty();
        JsonNode out = root.path("walk_out");
        if (out.isObject()) {
            walkOut = Optional.of(new Span(out.path("get_up").path(0).asDouble(), out.path("walk").path(1).asDouble()));
        }
        JsonNode cam = root.path("camera");
        boolean mirrored = cam.path("mirrored").asBoolean(false);
        Camera camera = new Camera(cam.path("view").asText("unknown"), cam.path("azimuth_deg").asDouble(Double.NaN),
                mirrored, cam.path("picture").asText(mirrored ? "mirrored" : "as filmed"));
        return new TruthFile(file, root.path("exercise").asText(), duration, spans(root.path("reps")),
                spans(root.path("partial_reps")), inView, walkIn, walkOut, phases, camera);
    }

    /** Whether the truth has the person in the picture at this time. */
    public boolean personInView(double seconds) {
        return personInView.stream().anyMatch(s -> s.contains(seconds));
    }

    /**
     * Counted reps that overlap the walk-in before the person settled in the start position, or the walk-out: each
     * one counted while the person was not exercising. The settle is held in the start position, and the first rep
     * begins as it ends, so a rep dated a frame or two before its true start (starts lie 0.1 s late at the median
     * and up to half a second either way, README) is not counted as outside the set for that.
     */
    public List<RepSpan> countedOutsideTheSet(List<RepSpan> counted) {
        Optional<Span> movingIn = walkIn.map(s -> Optional.ofNullable(phases.get("walk_in.settle"))
                .map(settle -> new Span(s.startSeconds(), settle.startSeconds())).orElse(s));
        return counted.stream().filter(r -> movingIn.map(s -> s.overlaps(r)).orElse(false)
                || walkOut.map(s -> s.overlaps(r)).orElse(false)).toList();
    }

    private static List<RepSpan> spans(JsonNode list) {
        List<RepSpan> out = new ArrayList<>();
        for (JsonNode r : list) {
            Set<String> faults = new TreeSet<>();
            r.path("faults").forEach(f -> faults.add(f.asText()));
            out.add(new RepSpan(r.path("start_s").asDouble(), r.path("end_s").asDouble(), faults));
        }
        return out;
    }
}

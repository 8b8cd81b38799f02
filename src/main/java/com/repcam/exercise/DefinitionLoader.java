package com.repcam.exercise;

import com.fasterxml.jackson.databind.JsonNode;
import com.repcam.signal.Joint;
import com.repcam.signal.SignalFields;
import com.repcam.signal.SignalKind;
import com.repcam.signal.SignalKinds;
import com.repcam.signal.SignalSpec;
import com.repcam.signal.ViewKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads and validates an exercise definition (YAML). Every mistake stops the load with a message naming the file,
 * the line and the field: unknown or missing fields, unknown landmarks or signals, thresholds out of order.
 */
public final class DefinitionLoader {

    private static final Set<String> TOP = Set.of("id", "version", "name", "description", "views", "prescribed_reps",
            "signals", "counting", "posture", "rules");
    private static final Set<String> COUNTING = Set.of("signal", "direction", "initial_range", "min_excursion",
            "enter", "target", "exit", "partial", "min_rep_seconds", "calibration_reps", "smoothing_seconds",
            "min_confidence", "max_gap_seconds", "withdraw_first_below");
    private static final Set<String> POSTURE = Set.of("signal", "min", "max", "settle_seconds", "still_within",
            "points_down", "also_requires");
    private static final Set<String> RANGE = Set.of("signal", "min", "max");
    private static final Set<String> RULE = Set.of("fault", "signal", "above", "below", "from_baseline",
            "hysteresis", "min_seconds", "views", "body_parts", "cue", "judge_below_depth", "baseline_follows_depth",
            "absolute_limit", "baseline_from_rests");
    private final String source;
    private final LocatedTree tree;

    private DefinitionLoader(String source, LocatedTree tree) {
        this.source = source;
        this.tree = tree;
    }

    public static ExerciseDefinition load(Path file) throws DefinitionException {
        return parse(file.toString(), YamlFile.read(file, "Exercise file", "--exercise-file", "an exercise "
                + "definition is YAML text (see the built-in ones listed by 'repcam exercises')"));
    }

    public static ExerciseDefinition parse(String source, String yaml) throws DefinitionException {
        LocatedTree tree = YamlFile.parse(source, yaml, DefinitionException::new);
        if (tree.root() == null || !tree.root().isObject()) {
            throw new DefinitionException(source + " line 1: an exercise file is a YAML mapping (id:, name:, ...)");
        }
        return new DefinitionLoader(source, tree).definition();
    }

    private ExerciseDefinition definition() throws DefinitionException {
        JsonNode root = tree.root();
        onlyKnown(root, "", TOP);
        String id = text(root, "", "id");
        if (!id.matches("[a-z][a-z0-9-]*")) {
            throw error("/id", "id", "must be lower-case letters, digits and dashes, e.g. thoracic-extension");
        }
        int version = integer(root, "", "version", 1, Integer.MAX_VALUE);
        Map<String, SignalSpec> signals = signals(required(root, "", "signals"));
        CountingSpec counting = counting(required(root, "", "counting"), signals);
        PostureSpec posture = posture(required(root, "", "posture"), signals);
        List<FaultRule> rules = new ArrayList<>();
        JsonNode ruleList = root.path("rules");
        if (!ruleList.isMissingNode()) {
            if (!ruleList.isArray()) {
                throw error("/rules", "rules", "must be a list of rules");
            }
            for (int i = 0; i < ruleList.size(); i++) {
                rules.add(rule(ruleList.get(i), "/rules/" + i, signals));
            }
        }
        return new ExerciseDefinition(id, version, text(root, "", "name"), text(root, "", "description").trim(),
                views(root, "", "views"), integer(root, "", "prescribed_reps", 1, 1000), signals, counting, posture,
                rules, source);
    }

    private Map<String, SignalSpec> signals(JsonNode node) throws DefinitionException {
        if (!node.isObject() || node.isEmpty()) {
            throw error("/signals", "signals", "must name at least one signal");
        }
        Map<String, SignalSpec> signals = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            var e = it.next();
            signals.put(e.getKey(), signal(e.getValue(), "/signals/" + e.getKey()));
        }
        return signals;
    }

    private SignalSpec signal(JsonNode node, String at) throws DefinitionException {
        String field = dotted(at);
        if (!node.isObject()) {
            throw error(at, field, "must be a mapping such as {angle: [hip, shoulder, elbow]}");
        }
        List<SignalKind> kinds = new ArrayList<>();
        node.fieldNames().forEachRemaining(f -> SignalKinds.named(f).ifPresent(kinds::add));
        if (kinds.size() != 1) {
            throw error(at, field, "must have exactly one of " + SignalKinds.keys() + ", found "
                    + kinds.stream().map(SignalKind::key).toList());
        }
        SignalKind kind = kinds.get(0);
        Set<String> allowed = new HashSet<>(kind.options());
        allowed.add(kind.key());
        onlyKnown(node, at, allowed);
        return kind.builder().build(new SignalFields<DefinitionException>() {
            @Override
            public Joint[] joints(String name, int count) throws DefinitionException {
                return DefinitionLoader.this.joints(node, at, name, count);
            }

            @Override
            public boolean flag(String name, boolean otherwise) {
                return node.path(name).asBoolean(otherwise);
            }

            @Override
            public <E extends Enum<E>> E choice(String name, Class<E> type, E otherwise) throws DefinitionException {
                return enumValue(node, at, name, type, otherwise);
            }

            @Override
            public DefinitionException invalid(String name, String message) {
                return error(at + "/" + name, field + "." + name, message);
            }
        });
    }

    private Joint[] joints(JsonNode node, String at, String field, int count) throws DefinitionException {
        JsonNode list = node.path(field);
        String where = at + "/" + field;
        if (!list.isArray() || list.size() != count) {
            throw error(where, dotted(where), "must list " + count + " landmarks, e.g. [hip, shoulder, elbow]");
        }
        Joint[] joints = new Joint[count];
        for (int i = 0; i < count; i++) {
            String name = list.get(i).asText();
            int index = i;
            joints[i] = Joint.parse(name).orElseThrow(() -> error(where + "/" + index, dotted(where),
                    "unknown landmark '" + name + "' (use names like shoulder, left_elbow, nose, ear, hip)"));
        }
        return joints;
    }

    private CountingSpec counting(JsonNode n, Map<String, SignalSpec> signals) throws DefinitionException {
        String at = "/counting";
        onlyKnown(n, at, COUNTING);
        String signal = signalRef(n, at, signals);
        Direction direction = enumValue(n, at, "direction", Direction.class, null);
        double range = number(n, at, "initial_range");
        if (range <= 0) {
            throw error(at + "/initial_range", "counting.initial_range", "must be positive");
        }
        double minExcursion = number(n, at, "min_excursion");
        if (minExcursion < 0 || minExcursion >= range) {
            throw error(at + "/min_excursion", "counting.min_excursion",
                    "must be at least 0 and below initial_range (" + range + ")");
        }
        double exit = number(n, at, "exit");
        double enter = number(n, at, "enter");
        double partial = number(n, at, "partial");
        double target = number(n, at, "target");
        if (!(0 < exit && exit < enter && enter <= partial && partial < target && target <= 1)) {
            throw error(at + "/target", "counting.exit/enter/partial/target", String.format(Locale.ROOT,
                    "thresholds are in the wrong order: need 0 < exit (%s) < enter (%s) <= partial (%s) < target "
                            + "(%s) <= 1", exit, enter, partial, target));
        }
        return new CountingSpec(signal, direction, range, minExcursion, enter, target, exit, partial,
                nonNegative(n, at, "min_rep_seconds"), integer(n, at, "calibration_reps", 0, 20),
                nonNegative(n, at, "smoothing_seconds"), unitInterval(n, at, "min_confidence"),
                nonNegative(n, at, "max_gap_seconds"),
                n.has("withdraw_first_below") ? unitInterval(n, at, "withdraw_first_below") : 0);
    }

    private PostureSpec posture(JsonNode n, Map<String, SignalSpec> signals) throws DefinitionException {
        String at = "/posture";
        onlyKnown(n, at, POSTURE);
        String signal = signalRef(n, at, signals);
        double min = number(n, at, "min");
        double max = number(n, at, "max");
        if (!(min < max)) {
            throw error(at + "/max", "posture.max", "must be above posture.min (" + min + ")");
        }
        List<Joint> down = n.has("points_down") ? List.of(joints(n, at, "points_down", 2)) : List.of();
        List<PostureSpec.SignalRange> also = new ArrayList<>();
        JsonNode list = n.path("also_requires");
        if (!list.isMissingNode() && !list.isArray()) {
            throw error(at + "/also_requires", "posture.also_requires", "must be a list of {signal, min, max}");
        }
        for (int i = 0; i < list.size(); i++) {
            also.add(range(list.get(i), at + "/also_requires/" + i, signals));
        }
        double stillWithin = n.has("still_within") ? positive(n, at, "still_within") : Double.NaN;
        return new PostureSpec(signal, min, max, nonNegative(n, at, "settle_seconds"), down, also, stillWithin);
    }

    private PostureSpec.SignalRange range(JsonNode n, String at, Map<String, SignalSpec> signals)
            throws DefinitionException {
        onlyKnown(n, at, RANGE);
        String signal = signalRef(n, at, signals);
        if (!n.has("min") && !n.has("max")) {
            throw error(at, dotted(at), "needs min, max or both");
        }
        double min = n.has("min") ? number(n, at, "min") : Double.NEGATIVE_INFINITY;
        double max = n.has("max") ? number(n, at, "max") : Double.POSITIVE_INFINITY;
        if (!(min < max)) {
            throw error(at + "/max", dotted(at + "/max"), "must be above min (" + min + ")");
        }
        return new PostureSpec.SignalRange(signal, min, max);
    }

    private FaultRule rule(JsonNode n, String at, Map<String, SignalSpec> signals) throws DefinitionException {
        onlyKnown(n, at, RULE);
        String fault = text(n, at, "fault");
        if (!fault.matches("[a-z][a-z0-9_]*")) {
            throw error(at + "/fault", dotted(at + "/fault"), "must be lower-case letters, digits and _");
        }
        boolean hasAbove = n.has("above");
        boolean hasBelow = n.has("below");
        if (hasAbove == hasBelow) {
            throw error(at, dotted(at), "needs exactly one of 'above' or 'below' (the fault's threshold)");
        }
        double threshold = number(n, at, hasAbove ? "above" : "below");
        List<String> parts = new ArrayList<>();
        for (JsonNode p : n.path("body_parts")) {
            String name = p.asText();
            if (Joint.parse(name).isEmpty()) {
                throw error(at + "/body_parts", dotted(at + "/body_parts"), "unknown landmark '" + name + "'");
            }
            parts.add(name);
        }
        String cue = text(n, at, "cue").trim();
        double judgeBelow = n.has("judge_below_depth") ? nonNegative(n, at, "judge_below_depth")
                : Double.POSITIVE_INFINITY;
        boolean fromBaseline = n.path("from_baseline").asBoolean(false);
        boolean followsDepth = n.path("baseline_follows_depth").asBoolean(false);
        if (followsDepth && !fromBaseline) {
            throw error(at + "/baseline_follows_depth", dotted(at + "/baseline_follows_depth"),
                    "needs from_baseline: true (it says how the baseline is learned)");
        }
        double limit = n.has("absolute_limit") ? number(n, at, "absolute_limit") : Double.NaN;
        if (!Double.isNaN(limit) && !fromBaseline) {
            throw error(at + "/absolute_limit", dotted(at + "/absolute_limit"),
                    "needs from_baseline: true (without it the threshold is already the signal's own value)");
        }
        boolean fromRests = n.path("baseline_from_rests").asBoolean(false);
        if (fromRests && (!fromBaseline || followsDepth)) {
            throw error(at + "/baseline_from_rests", dotted(at + "/baseline_from_rests"), followsDepth
                    ? "cannot be given with baseline_follows_depth (a baseline is learned one way)"
                    : "needs from_baseline: true (it says how the baseline is taken)");
        }
        return new FaultRule(fault, signalRef(n, at, signals), hasAbove, threshold, fromBaseline,
                nonNegative(n, at, "hysteresis"), nonNegative(n, at, "min_seconds"), views(n, at, "views"), parts,
                cue, judgeBelow, followsDepth, limit, fromRests);
    }

    // ----- field helpers -----

    private void onlyKnown(JsonNode node, String at, Set<String> known) throws DefinitionException {
        YamlFile.onlyKnown(node, at, known, this::error);
    }

    private JsonNode required(JsonNode node, String at, String field) throws DefinitionException {
        JsonNode v = node.path(field);
        if (v.isMissingNode() || v.isNull()) {
            throw error(at, dotted(at + "/" + field), "is missing");
        }
        return v;
    }

    private String text(JsonNode node, String at, String field) throws DefinitionException {
        JsonNode v = required(node, at, field);
        if (!v.isTextual() || v.asText().isBlank()) {
            throw error(at + "/" + field, dotted(at + "/" + field), "must be a non-empty text");
        }
        return v.asText();
    }

    private double number(JsonNode node, String at, String field) throws DefinitionException {
        JsonNode v = required(node, at, field);
        if (!v.isNumber()) {
            throw error(at + "/" + field, dotted(at + "/" + field), "must be a number, found '" + v.asText() + "'");
        }
        return v.asDouble();
    }

    private double nonNegative(JsonNode node, String at, String field) throws DefinitionException {
        double v = number(node, at, field);
        if (v < 0) {
            throw error(at + "/" + field, dotted(at + "/" + field), "must not be negative");
        }
        return v;
    }

    private double positive(JsonNode node, String at, String field) throws DefinitionException {
        double v = number(node, at, field);
        if (!(v > 0)) {
            throw error(at + "/" + field, dotted(at + "/" + field), "must be above 0");
        }
        return v;
    }

    private double unitInterval(JsonNode node, String at, String field) throws DefinitionException {
        double v = number(node, at, field);
        if (v < 0 || v > 1) {
            throw error(at + "/" + field, dotted(at + "/" + field), "must be between 0 and 1");
        }
        return v;
    }

    private int integer(JsonNode node, String at, String field, int min, int max) throws DefinitionException {
        JsonNode v = required(node, at, field);
        if (!v.isIntegralNumber() || v.asInt() < min || v.asInt() > max) {
            throw error(at + "/" + field, dotted(at + "/" + field), "must be a whole number from " + min + " to "
                    + max);
        }
        return v.asInt();
    }

    private <E extends Enum<E>> E enumValue(JsonNode node, String at, String field, Class<E> type, E fallback)
            throws DefinitionException {
        JsonNode v = node.path(field);
        if (v.isMissingNode() && fallback != null) {
            return fallback;
        }
        String s = text(node, at, field);
        try {
            return Enum.valueOf(type, s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> names = new ArrayList<>();
            for (E c : type.getEnumConstants()) {
                names.add(c.name().toLowerCase(Locale.ROOT));
            }
            throw error(at + "/" + field, dotted(at + "/" + field), "'" + s + "' is not one of " + names);
        }
    }

    private Set<ViewKind> views(JsonNode node, String at, String field) throws DefinitionException {
        JsonNode list = required(node, at, field);
        if (!list.isArray() || list.isEmpty()) {
            throw error(at + "/" + field, dotted(at + "/" + field), "must list views: side, oblique, front");
        }
        Set<ViewKind> views = EnumSet.noneOf(ViewKind.class);
        for (int i = 0; i < list.size(); i++) {
            String v = list.get(i).asText();
            try {
                views.add(ViewKind.valueOf(v.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw error(at + "/" + field + "/" + i, dotted(at + "/" + field),
                        "unknown view '" + v + "' (side, oblique or front)");
            }
        }
        return views;
    }

    private String signalRef(JsonNode node, String at, Map<String, SignalSpec> signals) throws DefinitionException {
        String name = text(node, at, "signal");
        if (!signals.containsKey(name)) {
            throw error(at + "/signal", dotted(at + "/signal"), "unknown signal '" + name + "' (defined: "
                    + signals.keySet() + ")");
        }
        return name;
    }

    private static String dotted(String pointer) {
        return YamlFile.dotted(pointer);
    }

    private DefinitionException error(String pointer, String field, String message) {
        return new DefinitionException(source + " line " + tree.lineOf(pointer) + ", field " + field + ": "
                + message);
    }
}

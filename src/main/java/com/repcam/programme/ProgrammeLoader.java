package com.repcam.programme;

import com.fasterxml.jackson.databind.JsonNode;
import com.repcam.exercise.DefinitionException;
import com.repcam.exercise.ExerciseCatalog;
import com.repcam.exercise.ExerciseDefinition;
import com.repcam.exercise.LocatedTree;
import com.repcam.exercise.UnreadableDefinitionException;
import com.repcam.exercise.YamlFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a programme file (YAML): its name, the therapist's note, and the exercises in order with sets, reps and
 * rest. Every mistake stops the load with a message naming the file, the line and the field.
 */
public final class ProgrammeLoader {

    private static final Set<String> TOP = Set.of("name", "note", "exercises");
    private static final Set<String> STEP = Set.of("exercise", "sets", "reps", "rest_seconds", "note");

    private final String source;
    private final LocatedTree tree;
    private final ExerciseCatalog catalog;

    private ProgrammeLoader(String source, LocatedTree tree, ExerciseCatalog catalog) {
        this.source = source;
        this.tree = tree;
        this.catalog = catalog;
    }

    /** @throws UnreadableDefinitionException when the file is missing or cannot be read (an input error) */
    public static Programme load(Path file, ExerciseCatalog catalog) throws DefinitionException {
        return parse(file.toString(), YamlFile.read(file, "Programme file", "--programme", "a programme is YAML "
                + "text (see docs/programme.md)"), catalog);
    }

    public static Programme parse(String source, String yaml, ExerciseCatalog catalog) throws ProgrammeException {
        LocatedTree tree = YamlFile.parse(source, yaml, ProgrammeException::new);
        if (tree.root() == null || !tree.root().isObject()) {
            throw new ProgrammeException(source + " line 1: a programme file is a YAML mapping (name:, note:, "
                    + "exercises:)");
        }
        return new ProgrammeLoader(source, tree, catalog).programme();
    }

    private Programme programme() throws ProgrammeException {
        JsonNode root = tree.root();
        onlyKnown(root, "", TOP);
        String name = text(root, "", "name", true);
        String note = text(root, "", "note", false);
        JsonNode list = root.path("exercises");
        if (!list.isArray() || list.isEmpty()) {
            throw error("/exercises", "exercises", "must list at least one exercise ({exercise: ID, sets: N, "
                    + "reps: N, rest_seconds: S})");
        }
        List<ProgrammeStep> steps = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            steps.add(step(list.get(i), "/exercises/" + i));
        }
        return new Programme(name, note, steps, source);
    }

    private ProgrammeStep step(JsonNode n, String at) throws ProgrammeException {
        onlyKnown(n, at, STEP);
        String id = text(n, at, "exercise", true);
        ExerciseDefinition exercise = catalog.find(id).orElseThrow(() -> error(at + "/exercise",
                dotted(at + "/exercise"), "unknown exercise '" + id + "' (known: " + String.join(", ",
                        catalog.all().stream().map(ExerciseDefinition::id).toList())
                        + "; add one with --exercise-file FILE)"));
        int sets = integer(n, at, "sets", 1, 20);
        int reps = integer(n, at, "reps", 1, 200);
        double rest = 0;
        if (n.has("rest_seconds")) {
            JsonNode v = n.get("rest_seconds");
            if (!v.isNumber() || v.asDouble() < 0 || v.asDouble() > 1800) {
                throw error(at + "/rest_seconds", dotted(at + "/rest_seconds"), "must be a number of seconds from 0 "
                        + "to 1800, found '" + v.asText() + "'");
            }
            rest = v.asDouble();
        }
        return new ProgrammeStep(exercise.withPrescribedReps(reps), sets, reps, rest, text(n, at, "note", false));
    }

    private void onlyKnown(JsonNode node, String at, Set<String> known) throws ProgrammeException {
        YamlFile.onlyKnown(node, at, known, this::error);
    }

    private String text(JsonNode node, String at, String field, boolean required) throws ProgrammeException {
        JsonNode v = node.path(field);
        if (v.isMissingNode() || v.isNull()) {
            if (required) {
                throw error(at, dotted(at + "/" + field), "is missing");
            }
            return "";
        }
        if (!v.isTextual() || (required && v.asText().isBlank())) {
            throw error(at + "/" + field, dotted(at + "/" + field), "must be a non-empty text");
        }
        return v.asText().trim();
    }

    private int integer(JsonNode node, String at, String field, int min, int max) throws ProgrammeException {
        JsonNode v = node.path(field);
        if (v.isMissingNode() || v.isNull()) {
            throw error(at, dotted(at + "/" + field), "is missing");
        }
        if (!v.isIntegralNumber() || v.asInt() < min || v.asInt() > max) {
            throw error(at + "/" + field, dotted(at + "/" + field), "must be a whole number from " + min + " to "
                    + max + ", found '" + v.asText() + "'");
        }
        return v.asInt();
    }

    private static String dotted(String pointer) {
        return YamlFile.dotted(pointer);
    }

    private ProgrammeException error(String pointer, String field, String message) {
        return new ProgrammeException(source + " line " + tree.lineOf(pointer) + ", field " + field + ": "
                + message);
    }
}

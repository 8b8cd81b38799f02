package com.repcam.exercise;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The exercises RepCam knows: the built-in definitions plus any the user points it at. */
public final class ExerciseCatalog {

    /** Built-in definitions, resources under /exercises/. */
    public static final List<String> BUILT_IN = List.of("thoracic-extension", "quadruped-plus");

    private final Map<String, ExerciseDefinition> byId = new LinkedHashMap<>();

    private ExerciseCatalog() {
    }

    /** The built-in exercises plus the given definition files (a file may replace a built-in of the same id). */
    public static ExerciseCatalog load(Collection<Path> extraFiles) throws DefinitionException {
        ExerciseCatalog catalog = new ExerciseCatalog();
        for (String id : BUILT_IN) {
            String resource = "/exercises/" + id + ".yaml";
            try (InputStream in = ExerciseCatalog.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("built-in exercise " + resource + " is missing from the jar");
                }
                ExerciseDefinition d = DefinitionLoader.parse(id + ".yaml (built in)",
                        new String(in.readAllBytes(), StandardCharsets.UTF_8));
                catalog.byId.put(d.id(), d);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read built-in exercise " + resource, e);
            }
        }
        for (Path file : extraFiles) {
            ExerciseDefinition d = DefinitionLoader.load(file);
            catalog.byId.put(d.id(), d);
        }
        return catalog;
    }

    public static ExerciseCatalog builtIn() throws DefinitionException {
        return load(List.of());
    }

    public Optional<ExerciseDefinition> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The definition with this id, or an error that lists the known ids. */
    public ExerciseDefinition require(String id) throws DefinitionException {
        ExerciseDefinition d = byId.get(id);
        if (d == null) {
            throw new UnknownExerciseException("Unknown exercise '" + id + "'. Known: "
                    + String.join(", ", byId.keySet()) + " (add one with --exercise-file FILE).");
        }
        return d;
    }

    public List<ExerciseDefinition> all() {
        return new ArrayList<>(byId.values());
    }
}

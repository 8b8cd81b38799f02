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

    /** Lists the built-in definitions, resources beside it under /exercises/. */
    static final String INDEX = "/exercises/index.txt";

    private final Map<String, ExerciseDefinition> byId = new LinkedHashMap<>();

    private ExerciseCatalog() {
    }

    /** The built-in exercises plus the given definition files (a file may replace a built-in of the same id). */
    public static ExerciseCatalog load(Collection<Path> extraFiles) throws DefinitionException {
        ExerciseCatalog catalog = new ExerciseCatalog();
        for (String file : builtInFiles()) {
            String resource = "/exercises/" + file;
            ExerciseDefinition d = DefinitionLoader.parse(file + " (built in)", resource(resource));
            catalog.byId.put(d.id(), d);
        }
        for (Path file : extraFiles) {
            ExerciseDefinition d = DefinitionLoader.load(file);
            catalog.byId.put(d.id(), d);
        }
        return catalog;
    }

    /** The definition files the index names, in its order. */
    static List<String> builtInFiles() {
        List<String> files = new ArrayList<>();
        for (String line : resource(INDEX).split("\\R")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                files.add(name);
            }
        }
        return files;
    }

    /** A resource of the jar as text; one that is missing is a broken build, not a user's mistake. */
    private static String resource(String path) {
        try (InputStream in = ExerciseCatalog.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("built-in resource " + path + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read built-in resource " + path, e);
        }
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

package com.repcam.exercise;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Reading the YAML files a user writes (exercise definitions, programmes), with the same messages for the same
 * mistakes: the file missing or unreadable (an input error), not text, or not valid YAML (with its line).
 */
public final class YamlFile {

    private YamlFile() {
    }

    /**
     * @param what   what the file is, for messages ("Exercise file", "Programme file")
     * @param option the option that named it
     * @param kind   what such a file holds and where to see one ("an exercise definition is YAML text (see ...)")
     */
    public static String read(Path file, String what, String option, String kind) throws DefinitionException {
        try {
            return Files.readString(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new UnreadableDefinitionException(what + " " + file + " does not exist: check the path given to "
                    + option + ".", e);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new DefinitionException(file + " is not a text file: " + kind + ".", e);
        } catch (IOException e) {
            String why = Files.isDirectory(file) ? "it is a folder, not a file"
                    : !Files.isReadable(file) ? "permission denied" : e.getMessage();
            throw new UnreadableDefinitionException("Cannot read " + what.toLowerCase(java.util.Locale.ROOT) + " "
                    + file + ": " + why + ".", e);
        }
    }

    /** Builds a loader's own exception for a mistake in one field (the loader adds its file and the line). */
    @FunctionalInterface
    public interface Mistake<E extends Exception> {
        E at(String pointer, String field, String message);
    }

    /** The node is a mapping whose fields are all known, or the first that is not is named. */
    public static <E extends Exception> void onlyKnown(com.fasterxml.jackson.databind.JsonNode node, String at,
                                                       java.util.Set<String> known, Mistake<E> mistake) throws E {
        if (!node.isObject()) {
            throw mistake.at(at, dotted(at), "must be a mapping");
        }
        for (java.util.Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!known.contains(f)) {
                throw mistake.at(at + "/" + f, dotted(at + "/" + f), "unknown field (expected one of "
                        + new java.util.TreeSet<>(known) + ")");
            }
        }
    }

    /** A JSON pointer as the field path a user reads: {@code /rules/0/signal} is {@code rules.0.signal}. */
    public static String dotted(String pointer) {
        return pointer.replaceFirst("^/", "").replace('/', '.');
    }

    /**
     * Parses the text into a tree that knows its lines; a mistake becomes {@code error(message)} naming the source
     * and the line.
     */
    public static <E extends DefinitionException> LocatedTree parse(String source, String yaml,
                                                                   Function<String, E> error) throws E {
        try {
            return LocatedTree.parse(yaml);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw error.apply(source + " line " + line + ": not valid YAML: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw error.apply(source + ": cannot be read: " + e.getMessage());
        }
    }
}

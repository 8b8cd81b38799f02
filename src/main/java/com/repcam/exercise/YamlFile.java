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

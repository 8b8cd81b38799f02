package com.repcam.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * The summary of one programme run, beside its set folders: {@code INPUT_programme_DATE-TIME.json}. Written to a
 * temporary name and moved into place, so a killed run never leaves half a file.
 */
public final class ProgrammeRunFile {

    private ProgrammeRunFile() {
    }

    /** @return the file written */
    public static Path write(Path outDir, String inputName, Map<String, Object> doc) throws OutputException {
        String base = SessionFolder.baseName(inputName, "programme");
        Path file = outDir.resolve(base + ".json");
        for (int n = 2; Files.exists(file); n++) {
            file = outDir.resolve(base + "-" + n + ".json");
        }
        Path tmp = outDir.resolve(file.getFileName() + ".incomplete");
        try {
            Files.createDirectories(outDir);
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(tmp.toFile(), doc);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException e) {
            throw new OutputException("Cannot write the programme summary " + file + ": " + e.getMessage()
                    + ". The sets themselves are saved in their own folders.", e);
        }
    }
}

package com.repcam.pose;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.repcam.testing.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A missing, truncated or altered model file is refused before libtorch sees it, with the fix in the message. */
class ModelFilesTest {

    private static final String LITE = "pose_landmark_lite";

    @TempDir
    Path dir;

    private Path copyModels() throws IOException {
        for (String f : new String[] {"manifest.json", "pose_detection.pt", LITE + ".pt"}) {
            Files.copy(TestPaths.models().resolve(f), dir.resolve(f), StandardCopyOption.REPLACE_EXISTING);
        }
        return dir.resolve(LITE + ".pt");
    }

    @Test
    void acceptsTheCommittedModels() throws Exception {
        ModelFiles files = ModelFiles.open(TestPaths.models());
        assertTrue(Files.isRegularFile(files.verified(LITE, LandmarkTranslator.FORWARD_OUTPUTS)));
        assertTrue(Files.isRegularFile(files.verified(PoseTracker.DETECTOR, DetectorTranslator.OUTPUTS)));
    }

    @Test
    void missingModelFileNamesTheFileAndHowToRegenerateIt() throws Exception {
        Files.delete(copyModels());
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFiles.open(dir).verified(LITE, LandmarkTranslator.FORWARD_OUTPUTS));
        assertTrue(e.getMessage().contains(dir.resolve(LITE + ".pt").toString()), e.getMessage());
        assertTrue(e.getMessage().contains("is missing"), e.getMessage());
        assertTrue(e.getMessage().contains("tools/convert/convert.sh"), e.getMessage());
    }

    @Test
    void truncatedModelFileIsRefused() throws Exception {
        Path lite = copyModels();
        byte[] bytes = Files.readAllBytes(lite);
        Files.write(lite, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFiles.open(dir).verified(LITE, LandmarkTranslator.FORWARD_OUTPUTS));
        assertTrue(e.getMessage().contains("truncated or altered"), e.getMessage());
    }

    @Test
    void modelFileWithOneByteChangedIsRefused() throws Exception {
        Path lite = copyModels();
        byte[] bytes = Files.readAllBytes(lite);
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(lite, bytes);
        ModelFileException e = assertThrows(ModelFileException.class,
                () -> PoseTracker.open(PoseOptions.stills(ModelVariant.LITE, dir)));
        assertTrue(e.getMessage().contains("SHA-256"), e.getMessage());
        assertTrue(e.getMessage().contains(lite.toString()), e.getMessage());
    }

    @Test
    void aLandmarkModelFromAnOlderConverterIsRefusedWithWhatToDo() throws Exception {
        copyModels();
        Path manifest = dir.resolve(ModelFiles.MANIFEST);
        // converter 1.1's forward also returned the segmentation, third
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var root = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(manifest.toFile());
        var outputs = (com.fasterxml.jackson.databind.node.ArrayNode) root.path("models").path(LITE).path("outputs");
        outputs.insertObject(2).put("name", "segmentation");
        mapper.writeValue(manifest.toFile(), root);
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFiles.open(dir).verified(LITE, LandmarkTranslator.FORWARD_OUTPUTS));
        assertTrue(e.getMessage().contains("older converter"), e.getMessage());
        assertTrue(e.getMessage().contains("tools/convert/convert.sh"), e.getMessage());
    }

    @Test
    void missingManifestIsReported() {
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFiles.open(dir));
        assertTrue(e.getMessage().contains("manifest.json is missing"), e.getMessage());
    }

    @Test
    void heavyModelThatWasNeverGeneratedSaysToRunTheConverterWithHeavy() throws Exception {
        copyModels();
        ModelFileException e = assertThrows(ModelFileException.class,
                () -> PoseTracker.open(PoseOptions.stills(ModelVariant.HEAVY, dir)));
        assertTrue(e.getMessage().contains("--heavy"), e.getMessage());
    }
}

package com.repcam.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionFolderTest {

    @TempDir
    Path out;

    @Test
    void aSessionIsWrittenUnderAnIncompleteNameAndRenamedWhenComplete() throws Exception {
        SessionFolder f = SessionFolder.create(out, "monday.mp4", "quadruped-plus");
        assertFalse(f.isComplete());
        assertTrue(f.dir().getFileName().toString().matches("monday_quadruped-plus_\\d{8}-\\d{6}\\.incomplete"),
                f.dir().toString());
        Files.writeString(f.file(SessionFolder.SESSION_JSON), "{}");
        Path working = f.dir();
        f.markComplete();
        assertTrue(f.isComplete());
        assertFalse(Files.exists(working));
        assertEquals(working.getFileName().toString().replace(".incomplete", ""), f.dir().getFileName().toString());
        assertEquals("{}", Files.readString(f.file(SessionFolder.SESSION_JSON)));
        f.markComplete(); // once complete, nothing more to do
        assertTrue(Files.isDirectory(f.dir()));
    }

    @Test
    void twoSessionsOfTheSameSecondGetTheirOwnFolders() throws Exception {
        SessionFolder a = SessionFolder.create(out, "v.mp4", "x");
        SessionFolder b = SessionFolder.create(out, "v.mp4", "x");
        assertNotEquals(a.dir(), b.dir());
        b.markComplete();
        a.markComplete();
        assertNotEquals(a.dir(), b.dir());
        assertTrue(Files.isDirectory(a.dir()) && Files.isDirectory(b.dir()));
    }

    @Test
    void deletingRemovesTheFolderAndWhatWasWrittenInIt() throws Exception {
        SessionFolder f = SessionFolder.create(out, "v.mp4", "x");
        Files.writeString(f.file(SessionFolder.POSES_JSONL), "{}\n");
        Files.writeString(f.file("still-1.jpg"), "x");
        f.delete();
        try (var left = Files.list(out)) {
            assertEquals(0, left.count());
        }
    }
}

package com.firstline.team;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where the session key comes from when none is configured (the processes are in EmbeddedCrashIT). */
class SessionKeyFileTest {

    @TempDir
    Path folder;

    @Test
    void theEmbeddedDefaultMakesAKeyOnceAndKeepsItForItsOwnerOnly() throws IOException {
        Path file = folder.resolve("data/session.key");
        String made = SessionKeyFile.keyFor(List.of("prod"), false, false, file.toString());
        assertTrue(made.length() >= SessionKeyFile.MIN_LENGTH, made.length() + " characters");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(made, SessionKeyFile.keyFor(List.of("prod"), false, false, file.toString()), "the same key again");
    }

    @Test
    void productionAndALiveXChannelRefuseToStartWithoutAKey() {
        String keyFile = folder.resolve("session.key").toString();
        for (var refused : List.<Runnable>of(
                () -> SessionKeyFile.keyFor(List.of("scaleout"), false, false, keyFile),
                () -> SessionKeyFile.keyFor(List.of("prod"), true, false, keyFile),
                () -> SessionKeyFile.keyFor(List.of("prod"), false, true, keyFile))) {
            var error = assertThrows(IllegalStateException.class, refused::run);
            assertTrue(error.getMessage().contains("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY"), error.getMessage());
        }
        assertFalse(Files.exists(Path.of(keyFile)), "no key file made");
    }

    @Test
    void testsGetARandomKeyThatIsNeverWritten() throws IOException {
        String keyFile = folder.resolve("session.key").toString();
        String one = SessionKeyFile.keyFor(List.of("test"), true, true, keyFile);
        assertNotEquals(one, SessionKeyFile.keyFor(List.of("test"), true, true, keyFile));
        try (var files = Files.list(folder)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void aKeyFileTooShortToBeSafeIsRefused() throws IOException {
        Path file = Files.writeString(folder.resolve("session.key"), "short");
        var error = assertThrows(IllegalStateException.class,
                () -> SessionKeyFile.keyFor(List.of("prod"), false, false, file.toString()));
        assertTrue(error.getMessage().contains("delete the file"), error.getMessage());
    }
}

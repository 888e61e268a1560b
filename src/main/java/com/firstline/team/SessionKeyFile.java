package com.firstline.team;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/** Where the session key comes from, by profile (see {@link SessionKeySource}); no key is ever logged. */
final class SessionKeyFile {

    /** Quarkus asks for at least 16 characters; 32 random bytes are 43. */
    static final int MIN_LENGTH = 32;

    private SessionKeyFile() {
    }

    static String keyFor(List<String> profiles, boolean xEnabled, boolean postsOnX, String keyFile) {
        if (profiles.contains("test")) {
            return randomKey();
        }
        if (profiles.contains("scaleout") || xEnabled || postsOnX) {
            throw new IllegalStateException("Set " + SessionKeySource.VARIABLE + " to a random secret of at least "
                    + MIN_LENGTH + " characters, the same on every instance: the production profile and a live X "
                    + "channel need a fixed session key (without one, sessions could be forged from the log, and "
                    + "each instance and restart would sign everyone out)");
        }
        return readOrCreate(Path.of(keyFile == null ? "data/session.key" : keyFile));
    }

    /** The key kept in the file, made and written (owner-only) on the first start. */
    static String readOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                String key = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (key.length() < MIN_LENGTH) {
                    throw new IllegalStateException("The session key in " + file + " is shorter than " + MIN_LENGTH
                            + " characters: delete the file to make a new one (everyone is signed out)");
                }
                return key;
            }
            String key = randomKey();
            write(file, key);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the session key in " + file, e);
        }
    }

    private static void write(Path file, String key) throws IOException {
        Path folder = Files.createDirectories(file.toAbsolutePath().getParent());
        Path partial = folder.resolve(file.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(partial);
        }
        Files.writeString(partial, key, StandardCharsets.UTF_8);
        try {
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException raced) {
            Files.deleteIfExists(partial);
        }
    }

    static String randomKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

package com.firstline.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** What identifies the state of the knowledge-base folder and of the texts embedded from it. */
final class KnowledgeFolder {

    private KnowledgeFolder() {
    }

    /**
     * A hash of every article's and macro file's path, size and modification time: it changes when an article is
     * added, removed or saved, without reading the files.
     */
    static String fingerprint(Path root) {
        if (!Files.isDirectory(root)) {
            return "";
        }
        try (Stream<Path> files = Files.walk(root)) {
            return sha256(files.filter(f -> f.toString().endsWith(".md") || f.toString().endsWith(".yaml")).sorted()
                    .map(KnowledgeFolder::describe).collect(Collectors.joining("\n")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(Path file) {
        try {
            return file + " " + Files.size(file) + " " + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            // Deleted between listing and reading: the next check sees the folder without it.
            return file + " gone";
        }
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

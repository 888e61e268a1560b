package com.firstline.drafting;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the files of prompts/ (shipped on the classpath), failing clearly when one is missing. */
public final class PromptFiles {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private PromptFiles() {
    }

    public static String text(String name) {
        try (InputStream in = open(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name, e);
        }
    }

    static <T> T yaml(String name, Class<T> type) {
        return yaml(name, YAML.constructType(type));
    }

    static <T> T yaml(String name, JavaType type) {
        try (InputStream in = open(name)) {
            return YAML.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name, e);
        }
    }

    static com.fasterxml.jackson.databind.type.TypeFactory types() {
        return YAML.getTypeFactory();
    }

    private static InputStream open(String name) {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is not on the classpath");
        }
        return in;
    }
}

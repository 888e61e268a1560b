package com.firstline.support;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every JAX-RS operation in the application, found by reflection over the compiled resources, so
 * a test over all of them never forgets a new one.
 */
public final class ApiEndpoints {

    /** An operation: its HTTP method and path template, with any {@code {name: regex}} reduced to {@code {name}}. */
    public record Endpoint(String method, String template) {
    }

    private ApiEndpoints() {
    }

    public static List<Endpoint> all() throws IOException, ClassNotFoundException {
        java.nio.file.Path classes = java.nio.file.Path.of("target/classes");
        List<java.nio.file.Path> files;
        try (Stream<java.nio.file.Path> walk = Files.walk(classes.resolve("com/firstline"))) {
            files = walk.filter(f -> f.toString().endsWith(".class")).toList();
        }
        List<Endpoint> endpoints = new ArrayList<>();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        for (java.nio.file.Path file : files) {
            String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
            Class<?> type = Class.forName(name, false, loader);
            Path base = type.getAnnotation(Path.class);
            if (base == null) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                String verb = httpMethod(method);
                if (verb != null) {
                    Path sub = method.getAnnotation(Path.class);
                    endpoints.add(new Endpoint(verb, join(base.value(), sub == null ? "" : sub.value())));
                }
            }
        }
        return endpoints;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    private static String join(String base, String sub) {
        String path = ("/" + base + "/" + sub).replaceAll("/+", "/").replaceAll("\\{([^}:]+)\\s*:[^}]*}", "{$1}");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}

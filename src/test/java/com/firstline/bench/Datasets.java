package com.firstline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The shared evaluation data sets (../shared/datasets, beside the checkout; never copied into the repo). */
public final class Datasets {

    static final Path ROOT = Path.of(System.getProperty("firstline.datasets", "../shared/datasets"));

    /** A text and its gold label. */
    record Labelled(String text, String label) {
    }

    private Datasets() {
    }

    /** TweetEval sentiment, validation split: labels 0 negative, 1 neutral, 2 positive. */
    static List<Labelled> tweetEvalSentiment() throws IOException {
        List<String> texts = Files.readAllLines(ROOT.resolve("tweeteval-sentiment/val_text.txt"));
        List<String> labels = Files.readAllLines(ROOT.resolve("tweeteval-sentiment/val_labels.txt")).stream()
                .filter(l -> !l.isBlank()).toList();
        return java.util.stream.IntStream.range(0, labels.size())
                .mapToObj(i -> new Labelled(texts.get(i).strip(), labels.get(i).strip())).toList();
    }

    /** Real first posts of airline customers with their intent; the brand's handle stands in for the airline's. */
    static List<Labelled> airlineIntents() throws IOException {
        return Csv.read(ROOT.resolve("airline-intents/dev.csv")).stream()
                .map(r -> new Labelled(r.get("customer_tweet").replace("__company__", "@LumenAir"), r.get("intent")))
                .toList();
    }

    static List<Labelled> banking77() throws IOException {
        return Csv.read(ROOT.resolve("banking77/train.csv")).stream()
                .map(r -> new Labelled(r.get("text"), r.get("category"))).toList();
    }

    /** Customer posts from real airline threads (no labels). */
    public static List<String> airlineCustomerPosts() throws IOException {
        return Csv.read(ROOT.resolve("airline-threads/pairs-dev.csv")).stream()
                .map(r -> r.get("customer_tweet").replace("__company__", "@LumenAir")).toList();
    }
}

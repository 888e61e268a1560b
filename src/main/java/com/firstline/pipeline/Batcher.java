package com.firstline.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

/**
 * Works on the items a stage receives in batches, gathering whatever arrived while the previous
 * batch was being worked on (up to {@code maxBatch}). When the stage is idle an item is worked on
 * at once, alone; under load one embedding call and one transaction serve many items instead of
 * one each, which is where a stage's time goes.
 *
 * <p>{@link #submit} blocks until the item's batch is done (or failed), so the message that
 * brought the item is acknowledged only after its work is committed. Batches run one at a time on
 * one thread, so two posts of one conversation are never worked on at the same time.
 */
public final class Batcher<T> implements AutoCloseable {

    private record Waiting<T>(T item, CompletableFuture<Void> done) {
    }

    private final BlockingQueue<Waiting<T>> waiting = new LinkedBlockingQueue<>();
    private final Consumer<List<T>> work;
    private final int maxBatch;
    private final Thread worker;

    public Batcher(String name, int maxBatch, Consumer<List<T>> work) {
        if (maxBatch < 1) {
            throw new IllegalArgumentException(name + ": a batch holds at least 1 item, not " + maxBatch);
        }
        this.work = work;
        this.maxBatch = maxBatch;
        this.worker = new Thread(this::run, name);
        worker.setDaemon(true);
        worker.start();
    }

    /** Hands the item to the next batch and waits until that batch is done. */
    public void submit(T item) {
        Waiting<T> entry = new Waiting<>(item, new CompletableFuture<>());
        waiting.add(entry);
        try {
            entry.done().get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a batch", e);
        }
    }

    private void run() {
        List<Waiting<T>> batch = new ArrayList<>(maxBatch);
        while (!Thread.currentThread().isInterrupted()) {
            try {
                batch.add(waiting.take());
            } catch (InterruptedException e) {
                return;
            }
            waiting.drainTo(batch, maxBatch - 1);
            try {
                work.accept(batch.stream().map(Waiting::item).toList());
                batch.forEach(w -> w.done().complete(null));
            } catch (RuntimeException | Error e) {
                batch.forEach(w -> w.done().completeExceptionally(e));
            }
            batch.clear();
        }
    }

    /** Stops the worker; items still waiting are failed, and their work is left to the stalled-work sweeps. */
    @Override
    public void close() {
        worker.interrupt();
        IllegalStateException stopped = new IllegalStateException("The stage is stopping");
        Waiting<T> left;
        while ((left = waiting.poll()) != null) {
            left.done().completeExceptionally(stopped);
        }
    }
}

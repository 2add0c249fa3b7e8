package io.rostrum.bench;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Stops what a benchmark started, last started first, exactly once: when the run ends, fails, or is interrupted
 * with Ctrl-C (through a shutdown hook), so no Kafka, Elasticsearch or service outlives the benchmark.
 */
final class Teardown implements AutoCloseable {

    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private final Thread hook = new Thread(this::stopAll, "bench-teardown");

    private Teardown() {
    }

    static Teardown onExit() {
        Teardown teardown = new Teardown();
        Runtime.getRuntime().addShutdownHook(teardown.hook);
        return teardown;
    }

    /** Registers what to stop; register before starting, so a start interrupted half-way is stopped too. */
    synchronized void add(AutoCloseable stop) {
        started.push(stop);
    }

    @Override
    public void close() {
        stopAll();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down already: the hook has run or is running stopAll itself
        }
    }

    private synchronized void stopAll() {
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                System.err.println("bench: could not stop everything cleanly: " + e);
            }
        }
    }
}

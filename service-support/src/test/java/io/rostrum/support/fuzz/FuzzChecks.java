package io.rostrum.support.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * How a fuzz property judges a parse: it must end within a deadline, and when it fails, fail clearly.
 */
public final class FuzzChecks {

    /**
     * Far beyond what one parse of these inputs takes (milliseconds), even on a loaded 2-core CI machine: a parse
     * still running then is a hang, and fails the property instead of stalling the build.
     */
    public static final Duration DEADLINE = Duration.ofSeconds(10);

    /**
     * Exceptions that, anywhere among a failure's causes, mean the parser met input it did not expect rather than
     * rejecting bad input: a message built on them cannot tell the user what is wrong with the file.
     */
    private static final List<Class<? extends Throwable>> PARSER_BUGS = List.of(NullPointerException.class,
            ClassCastException.class, IndexOutOfBoundsException.class, ArithmeticException.class,
            NegativeArraySizeException.class, ArrayStoreException.class, StackOverflowError.class,
            OutOfMemoryError.class);

    /** Daemon workers, so that a hung parse cannot keep the test JVM alive after its property failed. */
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(new WorkerThreads());

    private FuzzChecks() {
    }

    /** A parse, which must not hang. */
    @FunctionalInterface
    public interface Parse<T> {
        T run() throws Exception;
    }

    /** A parse that may fail, judged by its failure. */
    @FunctionalInterface
    public interface Attempt {
        void run() throws Exception;
    }

    /**
     * Runs the parse on a worker thread and returns what it returned; whatever it throws is thrown on as it is.
     *
     * @throws AssertionError carrying the worker's stack (where it hangs) when the parse is still running at the
     *                        {@link #DEADLINE}
     */
    public static <T> T withinDeadline(Parse<T> parse) throws Exception {
        AtomicReference<Thread> worker = new AtomicReference<>();
        Future<T> running = WORKERS.submit(() -> {
            worker.set(Thread.currentThread());
            return parse.run();
        });
        try {
            return running.get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            AssertionError hang = new AssertionError("the parse did not finish within " + DEADLINE + ": a hang");
            Thread thread = worker.get();
            if (thread != null) {
                hang.setStackTrace(thread.getStackTrace());
            }
            running.cancel(true);
            throw hang;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception failure) {
                throw failure;
            }
            throw (Error) e.getCause();
        }
    }

    /** What the attempt threw, or null when it returned; a hang fails as in {@link #withinDeadline}. */
    public static @Nullable Throwable failureOf(Attempt attempt) throws Exception {
        return withinDeadline(() -> {
            try {
                attempt.run();
                return null;
            } catch (Exception | StackOverflowError e) {
                return e;
            }
        });
    }

    /**
     * A clear error: of the type the parser documents, with a message that names what it should (the file, the
     * account), and with no sign among its causes that the parser tripped over the input instead of rejecting it.
     */
    public static void assertClear(Throwable failure, Class<? extends Throwable> documented, String... named) {
        assertThat(failure).as("the failure's type").isInstanceOf(documented);
        for (String name : named) {
            assertThat(failure.getMessage()).as("the failure's message").contains(name);
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            Throwable inChain = cause;
            assertThat(PARSER_BUGS).as("a parser bug behind %s", failure)
                    .noneMatch(bug -> bug.isInstance(inChain));
        }
    }

    private static final class WorkerThreads implements ThreadFactory {

        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "fuzz-parse-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}

package io.rostrum.support.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
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
     * Exceptions that mean code met input it did not expect rather than rejecting it: a message built on them cannot
     * tell the user what is wrong with the input.
     */
    private static final List<Class<? extends Throwable>> PARSER_BUGS = List.of(NullPointerException.class,
            ClassCastException.class, IndexOutOfBoundsException.class, ArithmeticException.class,
            NegativeArraySizeException.class, ArrayStoreException.class);
    private static final String ROSTRUM = "io.rostrum.";

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
     * account), and with no sign among its causes that our code tripped over the input instead of rejecting it.
     */
    public static void assertClear(Throwable failure, Class<? extends Throwable> documented, String... named) {
        assertThat(failure).as("the failure's type").isInstanceOf(documented);
        for (String name : named) {
            assertThat(failure.getMessage()).as("the failure's message").contains(name);
        }
        Throwable wrapper = null;
        for (Throwable cause = failure; cause != null; wrapper = cause, cause = cause.getCause()) {
            assertThat(isParserBug(cause, wrapper)).as("a parser bug behind %s: %s", failure, cause).isFalse();
        }
    }

    /**
     * A stack overflow or an exhausted heap always is. An exception such as a NullPointerException is too when our
     * code raised it, or when our code caught it from a library and passed it on; not when a library raised it
     * inside itself and reported it as its own exception, with its own message (ROME does so with a feed element
     * it cannot make sense of), since the message then still says what went wrong.
     */
    private static boolean isParserBug(Throwable cause, @Nullable Throwable wrapper) {
        if (cause instanceof StackOverflowError || cause instanceof OutOfMemoryError) {
            return true;
        }
        if (PARSER_BUGS.stream().noneMatch(bug -> bug.isInstance(cause))) {
            return false;
        }
        boolean raisedInALibrary = Arrays.stream(cause.getStackTrace()).map(StackTraceElement::getClassName)
                .filter(type -> !isJdk(type)).findFirst().map(type -> !type.startsWith(ROSTRUM)).orElse(false);
        boolean reportedByThatLibrary = wrapper != null && !isJdk(wrapper.getClass().getName())
                && !wrapper.getClass().getName().startsWith(ROSTRUM);
        return !(raisedInALibrary && reportedByThatLibrary);
    }

    private static boolean isJdk(String type) {
        return type.startsWith("java.") || type.startsWith("javax.") || type.startsWith("jdk.")
                || type.startsWith("sun.");
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

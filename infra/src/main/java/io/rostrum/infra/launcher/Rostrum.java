package io.rostrum.infra.launcher;

import io.rostrum.infra.stack.ChildProcess;
import io.rostrum.infra.stack.Directories;
import io.rostrum.infra.stack.LocalStack;
import io.rostrum.infra.stack.StackException;
import io.rostrum.infra.stack.StackLayout;
import io.rostrum.infra.stack.StackPorts;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/** The commands behind {@code ./rostrum}: demo, stack up|down|status, reset. */
public final class Rostrum {

    private static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(2);

    private final StackLayout layout;
    private final StackPorts ports;
    private final PrintStream out;

    Rostrum(StackLayout layout, StackPorts ports, PrintStream out) {
        this.layout = layout;
        this.ports = ports;
        this.out = out;
    }

    public static void main(String[] args) {
        try {
            Rostrum rostrum = new Rostrum(StackLayout.fromEnvironment(), StackPorts.fromEnvironment(System.getenv()),
                    System.out);
            rostrum.run(List.of(args));
        } catch (StackException e) {
            System.err.println("rostrum: " + e.getMessage());
            System.exit(1);
        }
    }

    void run(List<String> args) {
        String command = args.isEmpty() ? "help" : args.get(0);
        switch (command) {
            case "demo" -> demo();
            case "stack" -> stack(args.size() > 1 ? args.get(1) : "status");
            case "reset" -> reset();
            default -> throw new StackException("unknown command '" + command + "' (see ./rostrum help)");
        }
    }

    private void demo() {
        out.println("Starting Kafka and Elasticsearch (state in " + layout.state() + ")...");
        LocalStack stack = LocalStack.persistent(layout, ports).up();
        Credentials credentials = Credentials.loadOrCreate(layout.state().resolve("credentials.properties"));
        Deployment deployment = new Deployment(new Deployment.Settings(layout.home(),
                stack.kafka().bootstrapServers(), stack.elasticsearch().url(), "", Map.of(), layout.state(),
                layout.logs(), credentials, true, Map.of()));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("\nStopping the services, Kafka and Elasticsearch...");
            deployment.close();
            stack.close();
            stopped.countDown();
        }, "rostrum-shutdown"));
        out.println("Starting ingest, classify, analytics and the dashboard (logs in " + layout.logs() + ")...");
        deployment.startAll();
        out.printf("%nDashboard: %s%nLogin:     %s / %s%n(stored in %s)%n%n",
                deployment.settings().url(RostrumService.DASHBOARD), credentials.dashboardUser(),
                credentials.dashboardPassword(), layout.state().resolve("credentials.properties"));
        reportProgress(new AnalyticsProbe(deployment.settings().url(RostrumService.ANALYTICS), credentials),
                DemoData.in(layout.home()).postCount());
        out.println("Rostrum is running. Press Ctrl-C to stop everything.");
        awaitQuietly(stopped);
    }

    /** Prints the indexed count as it grows, until it matches the dataset. */
    private void reportProgress(AnalyticsProbe analytics, long expected) {
        long shown = -1;
        while (true) {
            OptionalLong indexed = analytics.indexedPosts();
            if (indexed.isPresent() && indexed.getAsLong() != shown) {
                shown = indexed.getAsLong();
                out.printf("Demo data: %,d of %,d posts and replies indexed%n", shown, expected);
            }
            if (shown >= expected) {
                return;
            }
            sleep(PROGRESS_INTERVAL);
        }
    }

    private void stack(String action) {
        LocalStack stack = LocalStack.persistent(layout, ports);
        switch (action) {
            case "up" -> {
                stack.up();
                out.print(stack.status());
                out.println("Left running; `./rostrum stack down` stops it.");
            }
            case "down" -> {
                stopLeftoverServices();
                stack.down();
                out.println("Stopped.");
            }
            case "status" -> out.print(stack.status());
            default -> throw new StackException("unknown stack action '" + action + "' (up, down or status)");
        }
    }

    /** Stops everything and deletes all local state except the unpacked Elasticsearch distribution. */
    private void reset() {
        stopLeftoverServices();
        LocalStack.persistent(layout, ports).down();
        try (Stream<Path> entries = Files.exists(layout.state()) ? Files.list(layout.state()) : Stream.empty()) {
            entries.filter(entry -> !entry.getFileName().toString().equals("dist"))
                    .forEach(Directories::deleteRecursively);
        } catch (IOException e) {
            throw new StackException("cannot clear " + layout.state() + ": " + e.getMessage(), e);
        }
        out.println("Local state cleared: the next `./rostrum demo` starts from an empty Kafka and Elasticsearch.");
    }

    /** Services an interrupted demo may have left behind, found by their pid files. */
    private void stopLeftoverServices() {
        Arrays.stream(RostrumService.values()).forEach(service -> ChildProcess.running(service.module(),
                        layout.logs().resolve(service.module() + ".log"),
                        layout.logs().resolve(service.module() + ".pid"))
                .ifPresent(ChildProcess::stop));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted", e);
        }
    }
}

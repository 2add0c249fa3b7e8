package io.rostrum.e2e;

import static org.awaitility.Awaitility.await;

import io.rostrum.infra.junit.LocalStackExtension;
import io.rostrum.infra.junit.TestStack;
import io.rostrum.infra.launcher.Credentials;
import io.rostrum.infra.launcher.Deployment;
import io.rostrum.infra.launcher.RostrumService;
import io.rostrum.infra.stack.Ports;
import io.rostrum.infra.stack.StackLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A deployment of the four built services for one test: its own namespace, ports, state and logins. */
public final class TestDeployments {

    private TestDeployments() {
    }

    public static Deployment create(TestStack stack, String name, Path state,
                             Map<RostrumService, List<String>> extraArguments) {
        return create(stack, name, state, extraArguments, true);
    }

    /** @param loadDemoData false for a test that publishes its own records: ingest then loads nothing */
    public static Deployment create(TestStack stack, String name, Path state,
                                    Map<RostrumService, List<String>> extraArguments, boolean loadDemoData) {
        StackLayout layout = StackLayout.fromEnvironment();
        String namespace = LocalStackExtension.uniqueName(name) + ".";
        Map<RostrumService, Integer> ports = Arrays.stream(RostrumService.values())
                .collect(Collectors.toMap(Function.identity(), service -> Ports.free()));
        Deployment deployment = new Deployment(new Deployment.Settings(layout.home(), stack.kafka().bootstrapServers(),
                stack.elasticsearch().url(), namespace, ports, state, state.resolve("logs"), Credentials.random(),
                loadDemoData, extraArguments));
        // the services must not outlive a test JVM that is stopped early
        Runtime.getRuntime().addShutdownHook(new Thread(deployment::close, "deployment-shutdown"));
        return deployment;
    }

    public static String postsIndex(Deployment deployment) {
        return deployment.settings().namespace() + "rostrum-posts";
    }

    /** Waits until the deployment's ingest-service has logged that it published the whole demo dataset. */
    public static void awaitDemoLoaded(Deployment deployment) {
        Path ingestLog = deployment.settings().runDir().resolve("ingest-service.log");
        await().atMost(Duration.ofMinutes(2))
                .until(() -> Files.readString(ingestLog).contains("Demo dataset loaded"));
    }
}

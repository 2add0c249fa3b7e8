package io.rostrum.e2e.faults;

import io.rostrum.infra.junit.TestStack;
import io.rostrum.infra.stack.LocalStack;
import io.rostrum.infra.stack.StackLayout;
import java.util.Map;

/**
 * A Kafka and an Elasticsearch of one fault case's own, which it may stop, start and configure without disturbing
 * the stack the other tests of the JVM share (a case that stopped the shared broker would fail them).
 */
final class DedicatedStack implements AutoCloseable {

    private final LocalStack stack;

    private DedicatedStack(LocalStack stack) {
        this.stack = stack;
    }

    static DedicatedStack start(Map<String, String> elasticsearchSettings) {
        LocalStack stack = LocalStack.ephemeral(StackLayout.fromEnvironment(), elasticsearchSettings);
        // a test JVM stopped early must not leave these nodes behind
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "dedicated-stack-shutdown"));
        return new DedicatedStack(stack.up());
    }

    LocalStack nodes() {
        return stack;
    }

    /** Where it listens, as the deployments and clients of a test take it. */
    TestStack addresses() {
        return new TestStack(new TestStack.Kafka(stack.kafka().bootstrapServers()),
                new TestStack.Elasticsearch(stack.elasticsearch().url(), stack.elasticsearch().port()));
    }

    @Override
    public void close() {
        stack.close();
    }
}

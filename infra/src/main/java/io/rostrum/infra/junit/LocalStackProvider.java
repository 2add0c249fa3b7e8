package io.rostrum.infra.junit;

import io.rostrum.infra.stack.LocalStack;
import io.rostrum.infra.stack.StackLayout;

/** The local stack: Kafka and Elasticsearch as child processes on free ports, deleted when closed. */
final class LocalStackProvider implements StackProvider {

    private final LocalStack stack = LocalStack.ephemeral(StackLayout.fromEnvironment());

    @Override
    public TestStack start() {
        stack.up();
        return new TestStack(new TestStack.Kafka(stack.kafka().bootstrapServers()),
                new TestStack.Elasticsearch(stack.elasticsearch().url(), stack.elasticsearch().port()));
    }

    @Override
    public void close() {
        stack.close();
    }
}

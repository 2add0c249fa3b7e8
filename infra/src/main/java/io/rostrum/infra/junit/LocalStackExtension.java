package io.rostrum.infra.junit;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts one real Kafka and one real Elasticsearch for the whole test JVM and stops them when the run ends: the
 * local stack on free ports, or Docker containers when {@code -Drostrum.test-stack=testcontainers} asks and a
 * Docker engine is there ({@link StackChoice}; the choice is printed once, to stderr). Every test class that uses
 * the extension shares them; tests keep apart by using their own topics and indices ({@link #uniqueName}).
 *
 * <p>Register it before Spring's extension so the stack is up before {@code @DynamicPropertySource} runs.
 */
public final class LocalStackExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(LocalStackExtension.class);
    private static volatile @Nullable Running shared;

    /** The running stack of this JVM, started on first use. */
    public static TestStack stack() {
        return running().stack();
    }

    /** A lower-case name no other test in the run uses, e.g. for a topic prefix or an index name. */
    public static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Running running = running();
        // the root store closes its AutoCloseable values once, when the whole run is over
        context.getRoot().getStore(NAMESPACE).computeIfAbsent(Running.class, type -> running, Running.class);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestStack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return stack();
    }

    private static synchronized Running running() {
        Running running = shared;
        if (running == null) {
            StackChoice choice = StackChoice.fromEnvironment();
            System.err.println(choice.explanation());
            StackProvider provider = choice.newProvider();
            // a test JVM stopped early (Ctrl-C, a surefire timeout) must not leave Kafka and Elasticsearch behind
            Runtime.getRuntime().addShutdownHook(new Thread(provider::close, "test-stack-shutdown"));
            running = new Running(provider, provider.start());
            shared = running;
        }
        return running;
    }

    private record Running(StackProvider provider, TestStack stack) implements AutoCloseable {

        @Override
        public void close() {
            provider.close();
        }
    }
}

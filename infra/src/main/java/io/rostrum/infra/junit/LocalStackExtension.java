package io.rostrum.infra.junit;

import io.rostrum.infra.stack.LocalStack;
import io.rostrum.infra.stack.StackLayout;
import java.util.UUID;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts one real Kafka and one real Elasticsearch for the whole test JVM, on free ports, and stops them when
 * the run ends. Every test class that uses the extension shares them; tests keep apart by using their own
 * topics and indices ({@link #uniqueName}).
 *
 * <p>Register it before Spring's extension so the stack is up before {@code @DynamicPropertySource} runs.
 */
public final class LocalStackExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(LocalStackExtension.class);
    private static volatile LocalStack shared;

    /** The running stack of this JVM, started on first use. */
    public static synchronized LocalStack stack() {
        if (shared == null) {
            LocalStack stack = LocalStack.ephemeral(StackLayout.fromEnvironment());
            // a test JVM stopped early (Ctrl-C, a surefire timeout) must not leave Kafka and Elasticsearch behind
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "local-stack-shutdown"));
            shared = stack.up();
        }
        return shared;
    }

    /** A lower-case name no other test in the run uses, e.g. for a topic prefix or an index name. */
    public static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        LocalStack stack = stack();
        // the root store closes its AutoCloseable values once, when the whole run is over
        context.getRoot().getStore(NAMESPACE).computeIfAbsent(LocalStack.class, type -> new Closer(stack), Closer.class);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LocalStack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return stack();
    }

    private record Closer(LocalStack stack) implements AutoCloseable {

        @Override
        public void close() {
            stack.close();
        }
    }
}

package io.rostrum.infra.junit;

/** Starts a Kafka and an Elasticsearch for one test JVM, and stops them. */
interface StackProvider extends AutoCloseable {

    TestStack start();

    /** Stops whatever was started; safe to call more than once, and after a failed start. */
    @Override
    void close();
}

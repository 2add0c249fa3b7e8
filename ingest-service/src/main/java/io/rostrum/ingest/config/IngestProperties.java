package io.rostrum.ingest.config;

import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code rostrum.ingest}.
 *
 * @param topicPrefix prepended to every topic name; empty in production, unique per test run
 * @param partitions  partitions of the topics this service creates
 * @param stateDir     where the import ledger lives
 * @param registryFile a YAML file of executives to register at start-up (optional)
 * @param polling      how often registered accounts are polled
 * @param demo         loading of the bundled demo dataset
 */
@ConfigurationProperties("rostrum.ingest")
public record IngestProperties(@DefaultValue("") String topicPrefix, @DefaultValue("12") int partitions,
                               @DefaultValue(".rostrum/ingest") Path stateDir, @Nullable Path registryFile,
                               @DefaultValue Polling polling, @DefaultValue Demo demo) {

    /**
     * @param enabled      poll the registered accounts (off for the demo, whose accounts are fictional)
     * @param interval     between two rounds of one account
     * @param tick         how often the poller looks for accounts that are due
     * @param errorBackoff the wait after a failed round
     */
    public record Polling(@DefaultValue("true") boolean enabled, @DefaultValue("5m") Duration interval,
                          @DefaultValue("5s") Duration tick, @DefaultValue("2m") Duration errorBackoff) {
    }

    /**
     * @param enabled     load the bundled dataset at start-up unless the ledger says it was loaded already
     * @param executives  JSONL of ExecutiveRegistered
     * @param posts       JSONL (optionally gzipped) of PostObserved
     */
    public record Demo(@DefaultValue("false") boolean enabled,
                       @DefaultValue("classpath:demo/executives.jsonl") String executives,
                       @DefaultValue("classpath:demo/posts.jsonl.gz") String posts) {
    }
}

package io.rostrum.ingest.config;

import io.rostrum.support.outbound.OutboundSettings;
import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code rostrum.ingest}.
 *
 * @param topicPrefix prepended to every topic name; empty in production, unique per test run
 * @param partitions  partitions of the topics this service creates
 * @param stateDir     where the import ledger lives
 * @param registryFile a YAML file of executives to register at start-up (optional)
 * @param polling      how often registered accounts are polled
 * @param demo         loading of the bundled demo dataset
 * @param imports      the import API
 * @param outbound     what the connectors may request beyond https and public addresses (nothing by default)
 */
@ConfigurationProperties("rostrum.ingest")
public record IngestProperties(@DefaultValue("") String topicPrefix, @DefaultValue("12") int partitions,
                               @DefaultValue(".rostrum/ingest") Path stateDir, @Nullable Path registryFile,
                               @DefaultValue Polling polling, @DefaultValue Demo demo,
                               @DefaultValue Imports imports, @DefaultValue OutboundSettings outbound) {

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

    /**
     * @param maxRequestSize the largest batch {@code POST /api/imports/{executiveId}} takes; every other request is
     *                       held to {@code spring.http.codecs.max-in-memory-size}. {@code ./rostrum import} sends
     *                       batches of at most 4 MB, so keep this at 4 MB or more
     */
    public record Imports(@DefaultValue("16MB") DataSize maxRequestSize) {

        public Imports {
            if (maxRequestSize.toBytes() < 1 || maxRequestSize.toBytes() > Integer.MAX_VALUE) {
                throw new IllegalArgumentException(
                        "rostrum.ingest.imports.max-request-size must be from 1B to 2GB, was " + maxRequestSize);
            }
        }
    }
}

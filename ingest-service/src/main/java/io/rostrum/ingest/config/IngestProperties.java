package io.rostrum.ingest.config;

import java.nio.file.Path;
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
 * @param demo         loading of the bundled demo dataset
 */
@ConfigurationProperties("rostrum.ingest")
public record IngestProperties(@DefaultValue("") String topicPrefix, @DefaultValue("12") int partitions,
                               @DefaultValue(".rostrum/ingest") Path stateDir, @Nullable Path registryFile,
                               @DefaultValue Demo demo) {

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

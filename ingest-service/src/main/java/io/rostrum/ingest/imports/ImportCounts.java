package io.rostrum.ingest.imports;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * {@code rostrum.ingest.records}: the records imports published or rejected, tagged by source ({@value #IMPORT} for
 * the import API, {@value #DEMO} for the demo loader). All four count from zero, so a rule can take their increase
 * from the start.
 */
@Component
public class ImportCounts {

    public static final String IMPORT = "import";
    public static final String DEMO = "demo";

    private final MeterRegistry meters;

    ImportCounts(MeterRegistry meters) {
        this.meters = meters;
        for (String source : new String[] {IMPORT, DEMO}) {
            published(source);
            rejected(source);
        }
    }

    public void count(String source, long published, long rejected) {
        published(source).increment(published);
        rejected(source).increment(rejected);
    }

    private Counter published(String source) {
        return meters.counter("rostrum.ingest.records", "source", source, "outcome", "published");
    }

    private Counter rejected(String source) {
        return meters.counter("rostrum.ingest.records", "source", source, "outcome", "rejected");
    }
}

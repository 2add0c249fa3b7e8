package io.rostrum.ingest.imports;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;

/** The imports this instance ran since it started, newest last, for the API and the logs. */
@Component
public class ImportHistory {

    private final List<ImportResult> results = new CopyOnWriteArrayList<>();

    public void add(ImportResult result) {
        results.add(result);
    }

    public List<ImportResult> all() {
        return List.copyOf(results);
    }
}

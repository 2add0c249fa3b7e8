package io.rostrum.ingest.imports;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;

/** The latest imports this instance ran since it started (at most 100), newest last, for the API. */
@Component
public class ImportHistory {

    private static final int KEPT = 100;

    private final List<ImportResult> results = new CopyOnWriteArrayList<>();

    public synchronized void add(ImportResult result) {
        results.add(result);
        if (results.size() > KEPT) {
            results.remove(0);
        }
    }

    public List<ImportResult> all() {
        return List.copyOf(results);
    }
}

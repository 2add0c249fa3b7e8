package io.rostrum.ingest.web;

import io.rostrum.ingest.imports.ImportHistory;
import io.rostrum.ingest.imports.ImportResult;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What was imported, with the lines that were refused and why. */
@RestController
class ImportsController {

    private final ImportHistory history;

    ImportsController(ImportHistory history) {
        this.history = history;
    }

    @GetMapping("/api/imports")
    List<ImportResult> imports() {
        return history.all();
    }
}

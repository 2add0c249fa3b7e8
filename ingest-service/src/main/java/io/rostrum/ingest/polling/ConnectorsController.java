package io.rostrum.ingest.polling;

import java.util.List;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/connectors/status}: the accounts this instance polls and how their last round went. */
@RestController
class ConnectorsController {

    private final Optional<AccountPoller> poller;

    ConnectorsController(Optional<AccountPoller> poller) {
        this.poller = poller;
    }

    @GetMapping("/api/connectors/status")
    ConnectorsStatus status() {
        return new ConnectorsStatus(poller.isPresent(), poller.map(AccountPoller::statuses).orElse(List.of()));
    }

    /** @param polling false when this instance does not poll ({@code rostrum.ingest.polling.enabled=false}) */
    record ConnectorsStatus(boolean polling, List<AccountStatus> accounts) {
    }
}

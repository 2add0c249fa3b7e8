package io.rostrum.ingest.registry;

import io.rostrum.events.ExecutiveRegistered;
import io.rostrum.ingest.publish.EventPublisher;
import io.rostrum.support.outbound.OutboundPolicy;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Adds, updates and removes executives: validates, publishes to the compacted executives topic (waiting for the
 * broker's acknowledgement) and only then reports success.
 */
@Service
public class ExecutiveRegistry {

    private final RegistrationValidator validator;
    private final EventPublisher publisher;
    private final ExecutiveDirectory directory;
    private final Clock clock;

    ExecutiveRegistry(EventPublisher publisher, ExecutiveDirectory directory, OutboundPolicy outbound) {
        this.validator = new RegistrationValidator(outbound);
        this.publisher = publisher;
        this.directory = directory;
        this.clock = Clock.systemUTC();
    }

    public List<ExecutiveRegistered> all() {
        return directory.all();
    }

    public Optional<ExecutiveRegistered> find(String executiveId) {
        return directory.find(executiveId);
    }

    /** Registers or replaces an executive. */
    public ExecutiveRegistered register(Registration registration) {
        ExecutiveRegistered executive = validator.validate(registration, clock.instant());
        publisher.publish(executive).join();
        directory.apply(executive);
        return executive;
    }

    /** Registers every executive of a registry file, or none when any entry is invalid. */
    public List<ExecutiveRegistered> registerAll(List<Registration> registrations) {
        List<ExecutiveRegistered> executives = validator.validateAll(registrations, clock.instant());
        executives.stream().map(publisher::publish).toList().forEach(send -> send.join());
        executives.forEach(directory::apply);
        return executives;
    }

    /** Stops following an executive: a tombstone, so compaction forgets them. */
    public boolean remove(String executiveId) {
        if (directory.find(executiveId).isEmpty()) {
            return false;
        }
        publisher.retire(executiveId).join();
        directory.remove(executiveId);
        return true;
    }
}

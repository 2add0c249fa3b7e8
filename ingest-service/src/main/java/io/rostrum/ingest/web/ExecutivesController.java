package io.rostrum.ingest.web;

import io.rostrum.events.ExecutiveRegistered;
import io.rostrum.ingest.registry.ExecutiveRegistry;
import io.rostrum.ingest.registry.FieldError;
import io.rostrum.ingest.registry.InvalidRegistrationException;
import io.rostrum.ingest.registry.Registration;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The registry API: list, add ({@code POST}, refused when the id exists), add-or-update ({@code PUT}), remove.
 * Publishing waits for Kafka's acknowledgement, so it runs off the event loop.
 */
@RestController
class ExecutivesController {

    private final ExecutiveRegistry registry;

    ExecutivesController(ExecutiveRegistry registry) {
        this.registry = registry;
    }

    @GetMapping("/api/executives")
    List<ExecutiveRegistered> all() {
        return registry.all();
    }

    @GetMapping("/api/executives/{id}")
    ExecutiveRegistered one(@PathVariable String id) {
        return registry.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @PostMapping("/api/executives")
    Mono<ResponseEntity<ExecutiveRegistered>> add(@RequestBody Registration registration) {
        if (registration.id() != null && registry.find(registration.id()).isPresent()) {
            return Mono.error(new ResponseStatusException(HttpStatus.CONFLICT,
                    "executive '" + registration.id() + "' exists already: update it with PUT"));
        }
        return blocking(() -> ResponseEntity.status(HttpStatus.CREATED).body(registry.register(registration)));
    }

    @PutMapping("/api/executives/{id}")
    Mono<ExecutiveRegistered> addOrUpdate(@PathVariable String id, @RequestBody Registration registration) {
        if (registration.id() != null && !registration.id().equals(id)) {
            return Mono.error(new InvalidRegistrationException(List.of(new FieldError("id",
                    "'" + registration.id() + "' differs from the id in the path, '" + id + "'"))));
        }
        Registration withId = new Registration(id, registration.displayName(), registration.role(),
                registration.organization(), registration.accounts());
        return blocking(() -> registry.register(withId));
    }

    @DeleteMapping("/api/executives/{id}")
    Mono<ResponseEntity<Void>> remove(@PathVariable String id) {
        return blocking(() -> registry.remove(id) ? ResponseEntity.noContent().<Void>build()
                : ResponseEntity.notFound().<Void>build());
    }

    @ExceptionHandler(InvalidRegistrationException.class)
    ResponseEntity<ValidationErrors> invalid(InvalidRegistrationException e) {
        return ResponseEntity.badRequest().body(new ValidationErrors(e.errors()));
    }

    /** The body of a 400: every fault, each naming its field. */
    record ValidationErrors(List<FieldError> errors) {
    }

    private static <T> Mono<T> blocking(Callable<T> call) {
        return Mono.fromCallable(call).subscribeOn(Schedulers.boundedElastic());
    }
}

package io.rostrum.ingest.registry;

import io.rostrum.ingest.config.IngestProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Loads the registry file ({@code rostrum.ingest.registry-file}) at start-up. A file with any fault stops the
 * service with every fault listed by field: starting with half a registry would silently stop following someone.
 */
@Component
class RegistryFileLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RegistryFileLoader.class);

    private final IngestProperties properties;
    private final ExecutiveRegistry registry;
    private final YAMLMapper yaml = YAMLMapper.builder().build();

    RegistryFileLoader(IngestProperties properties, ExecutiveRegistry registry) {
        this.properties = properties;
        this.registry = registry;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        Path file = properties.registryFile();
        if (file == null) {
            return;
        }
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("registry file " + file + " does not exist");
        }
        Registration.File content;
        try {
            content = yaml.readValue(file.toFile(), Registration.File.class);
        } catch (JacksonException e) {
            throw new IllegalStateException("registry file " + file + " is not valid YAML: " + e.getOriginalMessage(), e);
        }
        List<Registration> registrations = content == null || content.executives() == null ? List.of()
                : content.executives();
        try {
            int count = registry.registerAll(registrations).size();
            log.info("Registered {} executives from {}", count, file);
        } catch (InvalidRegistrationException e) {
            throw new IllegalStateException("registry file " + file + " has faults: " + e.getMessage(), e);
        }
    }
}

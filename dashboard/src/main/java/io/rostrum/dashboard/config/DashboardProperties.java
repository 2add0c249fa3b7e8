package io.rostrum.dashboard.config;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code rostrum.dashboard}.
 *
 * @param analytics where analytics-service's query API is, and the credentials to call it with
 */
@ConfigurationProperties("rostrum.dashboard")
public record DashboardProperties(Analytics analytics) {

    /** The password comes from the environment ({@code ROSTRUM_API_PASSWORD}), never from the repository. */
    public record Analytics(@DefaultValue("http://127.0.0.1:8083") URI url, @DefaultValue("rostrum-api") String username,
                            String password) {
    }
}

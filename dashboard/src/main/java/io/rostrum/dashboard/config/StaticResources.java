package io.rostrum.dashboard.config;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.reactive.config.ResourceHandlerRegistry;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.resource.LiteWebJarsResourceResolver;

/**
 * Caching of the static files, which Spring Security would otherwise mark no-store: the chart library (a
 * megabyte) is kept for a day, so a page load does not fetch and compile it again; our own script and stylesheet
 * are revalidated on every load (a 304 when unchanged), so a new release is seen at once.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebFluxConfigurer {

    private static final Duration LIBRARY_CACHE = Duration.ofDays(1);

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(CacheControl.maxAge(LIBRARY_CACHE).cachePrivate())
                .resourceChain(true).addResolver(new LiteWebJarsResourceResolver());
        for (String folder : new String[] {"js", "css"}) {
            registry.addResourceHandler("/" + folder + "/**").addResourceLocations("classpath:/static/" + folder + "/")
                    .setCacheControl(CacheControl.noCache());
        }
    }
}

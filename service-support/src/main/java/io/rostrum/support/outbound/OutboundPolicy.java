package io.rostrum.support.outbound;

import io.netty.util.NetUtil;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.netty.http.client.HttpClient;

/**
 * Where a service's own requests may go: https URLs whose host resolves to public addresses only, unless its
 * {@link OutboundSettings} allow more. A URL from configuration or a registration is checked when it arrives
 * ({@link #refusal}); every connection is checked again on the addresses it actually uses ({@link #guard}), so a
 * name that resolves differently later (DNS rebinding) or a redirect cannot reach what the first check refused.
 */
public final class OutboundPolicy {

    /** How long a check of a new URL waits for its name to resolve before leaving it to the connections. */
    private static final Duration LOOKUP_WAIT = Duration.ofSeconds(2);

    private final OutboundSettings settings;
    private final String prefix;
    private final Set<String> allowedHosts;

    /** @param prefix where the settings live, to name them in refusals ({@code rostrum.ingest.outbound}) */
    public OutboundPolicy(OutboundSettings settings, String prefix) {
        this.settings = settings;
        this.prefix = prefix;
        this.allowedHosts = settings.allowedHosts().stream().map(OutboundPolicy::normalised)
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Why a request to {@code url} would be refused, checked now: its scheme, and its host's addresses as they
     * resolve now. A host that does not resolve yet, or not within two seconds (no network), passes here; its
     * connections are checked when it does. Blocks: call it off the event loop.
     */
    public Optional<String> refusal(URI url) {
        Optional<String> scheme = schemeRefusal(url);
        if (scheme.isPresent()) {
            return scheme;
        }
        String host = normalised(url.getHost());
        if (permitsEveryAddressOf(host)) {
            return Optional.empty();
        }
        return lookUp(host).flatMap(addresses -> addressRefusal(host, addresses));
    }

    /** Why a request to {@code url} would be refused for its form alone: not absolute, no host, not https. */
    public Optional<String> schemeRefusal(URI url) {
        if (!url.isAbsolute() || url.getHost() == null) {
            return Optional.of("it is not an absolute URL with a host");
        }
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("https") || (scheme.equals("http") && settings.allowHttp())) {
            return Optional.empty();
        }
        if (scheme.equals("http")) {
            return Optional.of("plain http is not allowed: use https (or set " + prefix + ".allow-http=true for a"
                    + " stand-in on this machine or an internal network)");
        }
        return Optional.of("only https URLs are requested, not " + scheme);
    }

    /** Why connecting to {@code host} at these addresses would be refused; empty when every one is allowed. */
    Optional<String> addressRefusal(String host, InetAddress... addresses) {
        if (permitsEveryAddressOf(normalised(host))) {
            return Optional.empty();
        }
        for (InetAddress address : addresses) {
            Optional<String> kind = NonPublicAddresses.describe(address);
            if (kind.isPresent()) {
                String subject = NetUtil.isValidIpV4Address(host) || NetUtil.isValidIpV6Address(host) ? host + " is "
                        : host + " resolves to " + address.getHostAddress() + ", ";
                return Optional.of(subject + kind.get() + ": requests go to public addresses only (set " + prefix
                        + ".allow-private-addresses=true, or list the host under " + prefix + ".allowed-hosts)");
            }
        }
        return Optional.empty();
    }

    private static Optional<InetAddress[]> lookUp(String host) {
        try {
            return Optional.ofNullable(Mono.fromCallable(() -> InetAddress.getAllByName(host))
                    .subscribeOn(Schedulers.boundedElastic()).block(LOOKUP_WAIT));
        } catch (RuntimeException unknownOrTooSlow) {
            return Optional.empty();
        }
    }

    /** {@code client}, checking every address it connects to against this policy, redirects included. */
    public HttpClient guard(HttpClient client) {
        return client.resolver(new GuardedAddressResolverGroup(this));
    }

    private boolean permitsEveryAddressOf(String host) {
        return settings.allowPrivateAddresses() || allowedHosts.contains(host);
    }

    /** Lower case, without the brackets of an IPv6 literal, as the URL's host and the resolver's host compare. */
    private static String normalised(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        return bare.toLowerCase(Locale.ROOT);
    }
}

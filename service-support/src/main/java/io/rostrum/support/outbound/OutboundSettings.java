package io.rostrum.support.outbound;

import java.util.List;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What a service's outbound requests may reach beyond https and public addresses, under
 * {@code rostrum.<service>.outbound}. Both allowances are for tests and local stand-ins on this machine, or for a
 * feed or receiver on an internal network; production needs neither.
 *
 * @param allowHttp             accept plain http URLs too
 * @param allowPrivateAddresses accept every address: loopback, private, link-local and the rest
 * @param allowedHosts          host names (or literal addresses) exempt from the address rule, as written in the
 *                              URLs; plain http still needs {@code allowHttp}
 */
public record OutboundSettings(@DefaultValue("false") boolean allowHttp,
                               @DefaultValue("false") boolean allowPrivateAddresses,
                               @DefaultValue List<String> allowedHosts) {

    public OutboundSettings {
        allowedHosts = List.copyOf(allowedHosts);
    }

    /** The production rule: https to public addresses only. */
    public static OutboundSettings publicHttpsOnly() {
        return new OutboundSettings(false, false, List.of());
    }

    /** Stand-ins on this machine (MockWebServer, WireMock): plain http to loopback. For tests and demos. */
    public static OutboundSettings localStandIns() {
        return new OutboundSettings(true, true, List.of());
    }
}

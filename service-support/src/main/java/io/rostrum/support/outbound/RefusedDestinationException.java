package io.rostrum.support.outbound;

import java.io.IOException;

/** A connection the {@link OutboundPolicy} refused: the message names the host, the address and the rule. */
public final class RefusedDestinationException extends IOException {

    RefusedDestinationException(String reason) {
        super(reason);
    }
}

package io.rostrum.support.outbound;

import io.netty.resolver.AbstractAddressResolver;
import io.netty.resolver.AddressResolver;
import io.netty.resolver.AddressResolverGroup;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.Promise;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import reactor.core.scheduler.Schedulers;

/**
 * Resolves the addresses a client connects to, and fails the connection when the {@link OutboundPolicy} refuses
 * any of them. The client connects only to the addresses checked here, so a name cannot resolve to a public
 * address for the check and to a private one for the connection.
 */
final class GuardedAddressResolverGroup extends AddressResolverGroup<InetSocketAddress> {

    private final OutboundPolicy policy;

    GuardedAddressResolverGroup(OutboundPolicy policy) {
        this.policy = policy;
    }

    @Override
    protected AddressResolver<InetSocketAddress> newResolver(EventExecutor executor) {
        return new GuardedAddressResolver(executor, policy);
    }

    private static final class GuardedAddressResolver extends AbstractAddressResolver<InetSocketAddress> {

        private final OutboundPolicy policy;

        GuardedAddressResolver(EventExecutor executor, OutboundPolicy policy) {
            super(executor, InetSocketAddress.class);
            this.policy = policy;
        }

        /** Never resolved already: a literal address in a URL is checked like a looked-up one. */
        @Override
        protected boolean doIsResolved(InetSocketAddress address) {
            return false;
        }

        @Override
        protected void doResolve(InetSocketAddress address, Promise<InetSocketAddress> promise) {
            Promise<List<InetSocketAddress>> all = executor().newPromise();
            all.addListener(done -> {
                if (all.isSuccess()) {
                    promise.trySuccess(all.getNow().get(0));
                } else {
                    promise.tryFailure(all.cause());
                }
            });
            doResolveAll(address, all);
        }

        @Override
        protected void doResolveAll(InetSocketAddress address, Promise<List<InetSocketAddress>> promise) {
            String host = address.getHostString();
            if (!address.isUnresolved()) {
                complete(host, new InetAddress[] {address.getAddress()}, address.getPort(), promise);
                return;
            }
            // the JDK's resolver blocks: never on the event loop
            Schedulers.boundedElastic().schedule(() -> {
                try {
                    complete(host, InetAddress.getAllByName(host), address.getPort(), promise);
                } catch (UnknownHostException e) {
                    promise.tryFailure(e);
                }
            });
        }

        private void complete(String host, InetAddress[] addresses, int port,
                              Promise<List<InetSocketAddress>> promise) {
            Optional<String> refusal = policy.addressRefusal(host, addresses);
            if (refusal.isPresent()) {
                promise.tryFailure(new RefusedDestinationException(refusal.get()));
            } else {
                promise.trySuccess(Arrays.stream(addresses).map(found -> new InetSocketAddress(found, port)).toList());
            }
        }
    }
}

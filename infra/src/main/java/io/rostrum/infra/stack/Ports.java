package io.rostrum.infra.stack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** Loopback port checks. */
public final class Ports {

    private Ports() {
    }

    /** A port free right now on loopback, for a test instance that must not collide with a running demo. */
    public static int free() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new StackException("cannot find a free loopback port: " + e.getMessage(), e);
        }
    }

    /** Fails with a one-line explanation when something already listens on {@code port}. */
    public static void requireFree(int port, String what) {
        if (isListening(port)) {
            throw new StackException("port " + port + " is busy, so " + what + " cannot start there"
                    + " (stop whatever listens on it: `ss -ltnp 'sport = :" + port + "'`, or `./rostrum stack down`)");
        }
    }

    public static boolean isListening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}

package dev.newsgraph.testsupport;

import java.io.IOException;
import java.net.ServerSocket;

/** Free TCP ports for the servers tests start. */
public final class Ports {

    private Ports() {
    }

    public static int free() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}

package org.ganclassroom.lesson;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;

/** A server on a free loopback port that counts the connections made to it, for the lesson sandbox tests. */
public final class LoopbackListener implements AutoCloseable {
    private final ServerSocket server;

    public LoopbackListener() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    }

    /** An image address on this server. */
    public String imageUrl() {
        return "http://127.0.0.1:" + server.getLocalPort() + "/x.png";
    }

    /** Connections made so far; every one made before this call is already queued. */
    public int connections() throws IOException {
        server.setSoTimeout(200);
        int n = 0;
        try {
            while (true) {
                server.accept().close();
                n++;
            }
        } catch (SocketTimeoutException e) {
            return n;
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}

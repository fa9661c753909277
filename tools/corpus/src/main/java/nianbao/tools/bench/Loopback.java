package nianbao.tools.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** Child servers on the loopback interface (s3proxy, a Spark Master): a free port, and waiting until one listens. */
public final class Loopback {
    private Loopback() {
    }

    /** A port nothing listens on right now. */
    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /**
     * Waits until something accepts connections on {@code port}; fails early when {@code server} (may be null) has
     * exited, and with a message naming {@code what} after {@code millis}.
     */
    public static void awaitPort(int port, long millis, Process server, String what) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (server != null && !server.isAlive()) {
                throw new IllegalStateException(what + " exited with " + server.exitValue());
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
                return;
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException(what + " did not open port " + port + " within " + millis + " ms");
    }
}

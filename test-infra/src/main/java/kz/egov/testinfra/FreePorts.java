package kz.egov.testinfra;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Free loopback ports, so tests and local stacks never collide with a running one.
 *
 * <p>Ports are drawn below the kernel's ephemeral range ({@code net.ipv4.ip_local_port_range}). A port the kernel
 * hands out for {@code bind(0)} lies inside that range, and so does the local end of every outgoing connection: a
 * service started half a minute after its port was chosen could otherwise find it taken by one of the stack's own
 * client connections (CI saw exactly that). A port is never handed out twice by one JVM.
 */
public final class FreePorts {

    static final int LOWEST = 15_000;
    private static final Set<Integer> HANDED_OUT = new HashSet<>();

    private FreePorts() {
    }

    public static synchronized int next() {
        int upper = ephemeralLow();
        if (upper - LOWEST < 1_000) {
            return kernelChosen();
        }
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(LOWEST, upper);
            if (!HANDED_OUT.contains(port) && bindable(port)) {
                HANDED_OUT.add(port);
                return port;
            }
        }
        return kernelChosen();
    }

    /** The first port of the ephemeral range; 32768 (Linux's default) when it cannot be read. */
    static int ephemeralLow() {
        try {
            // read as a stream: /proc reports a size of 0, and Files.readString then returns one byte
            try (BufferedReader r = Files.newBufferedReader(Path.of("/proc/sys/net/ipv4/ip_local_port_range"))) {
                return Integer.parseInt(r.readLine().trim().split("\\s+")[0]);
            }
        } catch (IOException | RuntimeException e) {
            return 32_768;
        }
    }

    private static boolean bindable(int port) {
        try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int kernelChosen() {
        try (ServerSocket s = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            s.setReuseAddress(true);
            HANDED_OUT.add(s.getLocalPort());
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

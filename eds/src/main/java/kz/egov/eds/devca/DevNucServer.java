package kz.egov.eds.devca;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import kz.egov.eds.algorithm.SignatureAlgorithm;

/**
 * The development НУЦ over HTTP (JDK HttpServer): OCSP at {@code POST /ocsp} (and {@code POST /}), the published CRLs
 * at {@code GET /crl/rsa.crl} and {@code GET /crl/gost.crl} (the Kazakh GOST 2015 hierarchy; also as
 * {@code /crl/gost2015.crl}), and {@code GET /crl/gost2012.crl} when the CA keeps a TC26 GOST 2012 hierarchy. Port
 * 8090 in the local stack; 0 picks a free port.
 */
public final class DevNucServer implements AutoCloseable {

    public static final int DEFAULT_PORT = 8090;

    private final HttpServer server;
    private final ExecutorService executor;
    private final DevCertificateAuthority ca;
    private volatile boolean ocspDown;

    private DevNucServer(HttpServer server, ExecutorService executor, DevCertificateAuthority ca) {
        this.server = server;
        this.executor = executor;
        this.ca = ca;
    }

    /** Starts on {@code host:port} (port 0: a free port). */
    public static DevNucServer start(DevCertificateAuthority ca, String host, int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 64);
        ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "dev-nuc-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        DevNucServer nuc = new DevNucServer(server, executor, ca);
        server.createContext("/", nuc::handle);
        server.start();
        return nuc;
    }

    public static DevNucServer start(DevCertificateAuthority ca, int port) throws IOException {
        return start(ca, "127.0.0.1", port);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public URI ocspUrl() {
        return URI.create("http://127.0.0.1:" + port() + "/ocsp");
    }

    public URI crlUrl(SignatureAlgorithm alg) {
        return URI.create("http://127.0.0.1:" + port() + "/crl/" + DevCertificateAuthority.fileStem(alg) + ".crl");
    }

    /**
     * Takes the OCSP responder down ({@code true}: every OCSP request is answered HTTP 503, as a responder behind a
     * proxy that lost it) or brings it back; the CRLs stay published. What a verifier must do then is fail closed.
     */
    public void ocspOutage(boolean down) {
        this.ocspDown = down;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange ex) throws IOException {
        try {
            String path = ex.getRequestURI().getPath();
            String method = ex.getRequestMethod();
            if ("POST".equals(method) && ("/ocsp".equals(path) || "/ocsp/".equals(path) || "/".equals(path))) {
                byte[] request;
                try (InputStream in = ex.getRequestBody()) {
                    request = in.readNBytes(64 * 1024);
                }
                if (ocspDown) {
                    send(ex, 503, "text/plain", "OCSP responder unavailable".getBytes());
                } else {
                    send(ex, 200, "application/ocsp-response", ca.ocspRespond(request));
                }
            } else if ("GET".equals(method) && path.startsWith("/crl/")) {
                String name = path.substring("/crl/".length());
                SignatureAlgorithm alg = name.endsWith(".crl")
                        ? DevCertificateAuthority.forFileStem(name.substring(0, name.length() - 4)).orElse(null) : null;
                if (alg == null || !ca.algorithms().contains(alg)) {
                    send(ex, 404, "text/plain", "no such CRL".getBytes());
                } else {
                    send(ex, 200, "application/pkix-crl", ca.publishedCrl(alg));
                }
            } else {
                send(ex, 404, "text/plain", "not found".getBytes());
            }
        } catch (RuntimeException e) {
            send(ex, 500, "text/plain", "internal error".getBytes());
        } finally {
            ex.close();
        }
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }
}

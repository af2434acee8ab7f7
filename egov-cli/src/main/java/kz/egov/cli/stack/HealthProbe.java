package kz.egov.cli.stack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Asks a service's {@code /q/health/ready} (on its management port), or whether a port accepts connections. */
final class HealthProbe {

    enum Health { READY, NOT_READY, NO_ANSWER }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private HealthProbe() {
    }

    /** {@code managementUrl}: the service's management interface ({@link StackConfig#managementUrl}). */
    static Health ready(String managementUrl) {
        HttpRequest req = HttpRequest.newBuilder(URI.create(managementUrl + "/q/health/ready"))
                .timeout(Duration.ofSeconds(3)).GET().build();
        try {
            HttpResponse<String> r = HTTP.send(req, HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 && r.body().contains("\"UP\"") ? Health.READY : Health.NOT_READY;
        } catch (IOException e) {
            return Health.NO_ANSWER;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.NO_ANSWER;
        }
    }

    /** Whether the development НУЦ answers: its RSA CRL is served. */
    static boolean nucAnswers(String nucUrl) {
        HttpRequest req = HttpRequest.newBuilder(URI.create(nucUrl + "/crl/rsa.crl"))
                .timeout(Duration.ofSeconds(3)).GET().build();
        try {
            return HTTP.send(req, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static boolean listening(String host, int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}

package kz.egov.eds.pki;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;

/** Where a CRL (список отозванных сертификатов НУЦ) comes from: a file, a URL, or any supplier of DER bytes. */
public interface CrlSource {

    byte[] fetch() throws IOException;

    String describe();

    static CrlSource file(Path path) {
        return new CrlSource() {
            @Override
            public byte[] fetch() throws IOException {
                return Files.readAllBytes(path);
            }

            @Override
            public String describe() {
                return "file " + path;
            }
        };
    }

    static CrlSource url(URI uri) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return new CrlSource() {
            @Override
            public byte[] fetch() throws IOException {
                HttpRequest req = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build();
                try {
                    HttpResponse<byte[]> resp = client.send(req, HttpResponse.BodyHandlers.ofByteArray());
                    if (resp.statusCode() != 200) {
                        throw new IOException("CRL download " + uri + " answered " + resp.statusCode());
                    }
                    return resp.body();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
            }

            @Override
            public String describe() {
                return "url " + uri;
            }
        };
    }

    static CrlSource supplier(String name, Supplier<byte[]> supplier) {
        return new CrlSource() {
            @Override
            public byte[] fetch() throws IOException {
                try {
                    byte[] b = supplier.get();
                    if (b == null) {
                        throw new IOException("no CRL from " + name);
                    }
                    return b;
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            }

            @Override
            public String describe() {
                return name;
            }
        };
    }
}

package kz.egov.testinfra;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * An HTTP/1.1 request whose body never comes: the head declares a large body, a few bytes of it are sent, and the
 * server's answer is read. A server that answers has decided on the head alone; one that waits for the body does not
 * answer within the time ({@link #statusOf} then says 0).
 */
public final class HeadOnly {

    private HeadOnly() {
    }

    /** A multipart upload declaring 50 MB, a few bytes of which are sent; {@code authorization} may be null. */
    public static int uploadStatus(URI base, String path, String authorization, int waitMillis) throws IOException {
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        headers.put("Content-Type", "multipart/form-data; boundary=b");
        if (authorization != null) {
            headers.put("Authorization", authorization);
        }
        return statusOf(base, path, headers, 50L * 1024 * 1024, waitMillis);
    }

    /** The status a server answers to a POST of {@code path} whose {@code declaredLength} bytes never all arrive. */
    public static int statusOf(URI base, String path, Map<String, String> headers, long declaredLength,
            int waitMillis) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(waitMillis);
            StringBuilder head = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":"
                    + base.getPort() + "\r\nContent-Length: " + declaredLength + "\r\n");
            headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
            head.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write("--b\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder status = new StringBuilder();
            for (int c = in.read(); c >= 0 && c != '\r' && status.length() < 200; c = in.read()) {
                status.append((char) c);
            }
            String[] parts = status.toString().split(" ");
            return parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
        } catch (SocketTimeoutException e) {
            return 0;
        }
    }
}

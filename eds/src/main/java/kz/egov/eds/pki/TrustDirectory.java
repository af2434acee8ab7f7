package kz.egov.eds.pki;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A directory as the development НУЦ publishes it and services trust it: roots ({@code *-root.cer}), intermediates
 * ({@code *-ca.cer}) and CRLs ({@code crl/*.crl}).
 */
public final class TrustDirectory {

    private TrustDirectory() {
    }

    public static TrustAnchors anchors(Path dir) {
        return TrustAnchors.load(files(dir, "-root.cer"), files(dir, "-ca.cer"));
    }

    public static List<Path> crlFiles(Path dir) {
        return files(dir.resolve("crl"), ".crl");
    }

    private static List<Path> files(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

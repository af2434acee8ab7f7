package kz.egov.eds.verify;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import kz.egov.eds.ocsp.OcspClient;
import kz.egov.eds.pki.CrlSource;

/**
 * Where revocation state comes from: НУЦ CRLs (files, URLs or suppliers) and optionally an OCSP responder.
 *
 * @param ocspUrl            null for CRL only
 * @param ocspFreshness      how long an OCSP answer is reused (default 5 minutes)
 * @param ocspTimeout        connect and request timeout
 * @param crlGrace           how long past nextUpdate a CRL is still used (default 1 hour)
 * @param crlMaxInterval     the longest wait between two background refreshes (default 15 minutes)
 * @param backgroundRefresh  whether CRLs refresh in a background thread, and OCSP answers in steady use are asked
 *                           again in the background before they expire (on by default)
 */
public record RevocationConfig(List<CrlSource> crlSources, URI ocspUrl, Duration ocspFreshness, Duration ocspTimeout,
                               Duration crlGrace, Duration crlMaxInterval, boolean backgroundRefresh) {

    public RevocationConfig {
        crlSources = List.copyOf(crlSources);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder with the defaults above and no sources. */
    public static final class Builder {
        private final List<CrlSource> crls = new ArrayList<>();
        private URI ocspUrl;
        private Duration ocspFreshness = OcspClient.DEFAULT_FRESHNESS;
        private Duration ocspTimeout = Duration.ofSeconds(3);
        private Duration crlGrace = Duration.ofHours(1);
        private Duration crlMaxInterval = Duration.ofMinutes(15);
        private boolean background = true;

        public Builder crl(CrlSource source) {
            crls.add(source);
            return this;
        }

        public Builder crlFile(Path file) {
            return crl(CrlSource.file(file));
        }

        public Builder crlUrl(URI url) {
            return crl(CrlSource.url(url));
        }

        public Builder crlSupplier(String name, Supplier<byte[]> supplier) {
            return crl(CrlSource.supplier(name, supplier));
        }

        public Builder ocspUrl(URI url) {
            this.ocspUrl = url;
            return this;
        }

        public Builder ocspFreshness(Duration d) {
            this.ocspFreshness = d;
            return this;
        }

        public Builder ocspTimeout(Duration d) {
            this.ocspTimeout = d;
            return this;
        }

        public Builder crlGrace(Duration d) {
            this.crlGrace = d;
            return this;
        }

        public Builder crlMaxInterval(Duration d) {
            this.crlMaxInterval = d;
            return this;
        }

        public Builder backgroundRefresh(boolean on) {
            this.background = on;
            return this;
        }

        public RevocationConfig build() {
            return new RevocationConfig(crls, ocspUrl, ocspFreshness, ocspTimeout, crlGrace, crlMaxInterval, background);
        }
    }
}

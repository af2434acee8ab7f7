package kz.egov.eds.verify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import kz.egov.eds.ocsp.OcspClient;
import kz.egov.eds.pki.CrlRevocation;
import kz.egov.eds.pki.CrlSource;

/**
 * Where revocation state comes from, and how the verifier fails closed (see {@link kz.egov.eds.pki.RevocationChecker}):
 * an OCSP source — a responder ({@code ocspUrl}) and/or recorded responses ({@code ocspResponses}) — decides first;
 * when it gives no answer the status is UNKNOWN ({@code EDS_REVOCATION_UNKNOWN}, 503), unless {@code crlFallback} is
 * switched on. Without an OCSP source, the CRLs are the source. A certificate listed as revoked on a CRL held is
 * refused whatever OCSP says.
 *
 * @param crlSources         complete and delta CRLs (a delta CRL is recognised by its Delta CRL Indicator)
 * @param ocspUrl            the OCSP responder; null for none
 * @param ocspFreshness      how long an OCSP answer is reused (default 5 minutes)
 * @param ocspTimeout        connect and request timeout
 * @param crlGrace           how long past nextUpdate a CRL is still used (default 1 hour)
 * @param crlMaxInterval     the longest wait between two background refreshes (default 15 minutes)
 * @param backgroundRefresh  whether CRLs refresh in a background thread, and OCSP answers in steady use are asked
 *                           again in the background before they expire (on by default)
 * @param ocspMaxAge         how old an OCSP answer's thisUpdate may be when the responder echoed no nonce, and how
 *                           long a recorded answer without nextUpdate tells the status (default 1 hour)
 * @param crlMaxAge          how long after thisUpdate a CRL without nextUpdate is used (default 24 hours)
 * @param crlFallback        whether a fresh CRL decides when an OCSP source is configured but gives no answer (off by
 *                           default: it risks accepting a certificate revoked at НУЦ but not yet on a published CRL)
 * @param followFreshestCrl  whether the delta CRLs a complete CRL names in its Freshest CRL extension are fetched
 *                           (http) and applied (off by default)
 * @param ocspResponses      recorded OCSP responses (DER) used as an OCSP source, e.g. {@code --ocsp-response FILE}
 */
public record RevocationConfig(List<CrlSource> crlSources, URI ocspUrl, Duration ocspFreshness, Duration ocspTimeout,
                               Duration crlGrace, Duration crlMaxInterval, boolean backgroundRefresh,
                               Duration ocspMaxAge, Duration crlMaxAge, boolean crlFallback,
                               boolean followFreshestCrl, List<byte[]> ocspResponses) {

    public RevocationConfig {
        crlSources = List.copyOf(crlSources);
        ocspResponses = List.copyOf(ocspResponses);
    }

    /** Whether an OCSP source (responder or recorded responses) is configured. */
    public boolean hasOcsp() {
        return ocspUrl != null || !ocspResponses.isEmpty();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder with the defaults above and no sources. */
    public static final class Builder {
        private final List<CrlSource> crls = new ArrayList<>();
        private final List<byte[]> responses = new ArrayList<>();
        private URI ocspUrl;
        private Duration ocspFreshness = OcspClient.DEFAULT_FRESHNESS;
        private Duration ocspTimeout = Duration.ofSeconds(3);
        private Duration crlGrace = Duration.ofHours(1);
        private Duration crlMaxInterval = Duration.ofMinutes(15);
        private boolean background = true;
        private Duration ocspMaxAge = OcspClient.DEFAULT_MAX_AGE;
        private Duration crlMaxAge = CrlRevocation.DEFAULT_MAX_AGE;
        private boolean crlFallback;
        private boolean followFreshestCrl;

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

        /** A delta CRL source; the same as {@link #crl}, named for the reader of the configuration. */
        public Builder deltaCrl(CrlSource source) {
            return crl(source);
        }

        public Builder ocspUrl(URI url) {
            this.ocspUrl = url;
            return this;
        }

        /** A recorded OCSP response (DER) as an OCSP source. */
        public Builder ocspResponse(byte[] der) {
            responses.add(der.clone());
            return this;
        }

        public Builder ocspResponseFile(Path file) {
            try {
                return ocspResponse(Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read OCSP response " + file, e);
            }
        }

        public Builder ocspFreshness(Duration d) {
            this.ocspFreshness = d;
            return this;
        }

        public Builder ocspTimeout(Duration d) {
            this.ocspTimeout = d;
            return this;
        }

        public Builder ocspMaxAge(Duration d) {
            this.ocspMaxAge = d;
            return this;
        }

        public Builder crlGrace(Duration d) {
            this.crlGrace = d;
            return this;
        }

        public Builder crlMaxAge(Duration d) {
            this.crlMaxAge = d;
            return this;
        }

        public Builder crlMaxInterval(Duration d) {
            this.crlMaxInterval = d;
            return this;
        }

        /**
         * Lets a fresh CRL decide when the OCSP source gives no answer. Off by default: a certificate revoked at НУЦ
         * and not yet on a published CRL would then be accepted while the responder is unreachable.
         */
        public Builder crlFallback(boolean on) {
            this.crlFallback = on;
            return this;
        }

        public Builder followFreshestCrl(boolean on) {
            this.followFreshestCrl = on;
            return this;
        }

        public Builder backgroundRefresh(boolean on) {
            this.background = on;
            return this;
        }

        public RevocationConfig build() {
            return new RevocationConfig(crls, ocspUrl, ocspFreshness, ocspTimeout, crlGrace, crlMaxInterval, background,
                    ocspMaxAge, crlMaxAge, crlFallback, followFreshestCrl, responses);
        }
    }
}

package kz.egov.eds.pki;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;

/** An OCSP source: a responder (cached by its implementation) or recorded responses. */
public interface OcspLookup {

    /**
     * The certificate's status at {@code at} from a verified, fresh answer: REVOKED when revoked at or before
     * {@code at} (certificateHold included), GOOD when good (or revoked only later); UNKNOWN when there is no usable
     * answer (responder down or in back-off, answer stale, unverifiable or about another certificate).
     *
     * @param certKey a stable key of {@code cert} (hex SHA-256 of its DER) for caching
     */
    RevocationStatus status(X509Certificate cert, X509Certificate issuer, String certKey, Instant at);

    /** Forgets cached answers, so the next check asks the responder. */
    void clear();

    /** The first definite answer of {@code lookups}, asked in turn; UNKNOWN when none gives one. */
    static OcspLookup inTurn(List<OcspLookup> lookups) {
        List<OcspLookup> all = List.copyOf(lookups);
        return new OcspLookup() {
            @Override
            public RevocationStatus status(X509Certificate cert, X509Certificate issuer, String certKey, Instant at) {
                for (OcspLookup l : all) {
                    RevocationStatus s = l.status(cert, issuer, certKey, at);
                    if (s != RevocationStatus.UNKNOWN) {
                        return s;
                    }
                }
                return RevocationStatus.UNKNOWN;
            }

            @Override
            public void clear() {
                all.forEach(OcspLookup::clear);
            }
        };
    }
}

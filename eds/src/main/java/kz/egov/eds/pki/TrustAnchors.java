package kz.egov.eds.pki;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/**
 * The НУЦ certificates a verifier trusts: anchors (the RSA and GOST roots; any certificate may be an anchor, e.g. a
 * НУЦ intermediate when its root is not at hand) and known intermediates. Chains must end in an anchor by signature,
 * not by name.
 */
public record TrustAnchors(List<X509Certificate> anchors, List<X509Certificate> intermediates) {

    public TrustAnchors {
        anchors = List.copyOf(anchors);
        intermediates = List.copyOf(intermediates);
        if (anchors.isEmpty()) {
            throw new IllegalArgumentException("at least one trust anchor is required");
        }
    }

    public static TrustAnchors of(List<X509Certificate> anchors, List<X509Certificate> intermediates) {
        return new TrustAnchors(anchors, intermediates);
    }

    /** Loads PEM or DER files. */
    public static TrustAnchors load(List<Path> anchorFiles, List<Path> intermediateFiles) {
        List<X509Certificate> a = new ArrayList<>();
        anchorFiles.forEach(p -> a.add(Certificates.load(p)));
        List<X509Certificate> i = new ArrayList<>();
        intermediateFiles.forEach(p -> i.add(Certificates.load(p)));
        return new TrustAnchors(a, i);
    }

    /** Anchors and intermediates together: the certificates whose CRLs may be trusted. */
    public List<X509Certificate> all() {
        List<X509Certificate> all = new ArrayList<>(anchors);
        all.addAll(intermediates);
        return all;
    }
}

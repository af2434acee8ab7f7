package kz.egov.eds.identity;

import java.security.cert.X509Certificate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/**
 * Reads {@link CertificateIdentity} from a certificate subject in НУЦ layout ({@code SERIALNUMBER=IIN<12 digits>},
 * {@code OU=BIN<12 digits>}). Works on the raw X.500 name, so it also reads certificates whose key algorithm this
 * library cannot verify.
 */
public final class SubjectReader {

    private static final Pattern IIN_IN_DN = Pattern.compile("IIN(\\d{12})");

    private static final String IIN_PREFIX = "IIN";
    private static final String BIN_PREFIX = "BIN";

    public static CertificateIdentity read(X500Name subject) {
        String cn = first(subject, BCStyle.CN);
        String surname = first(subject, BCStyle.SURNAME);
        String patronymic = first(subject, BCStyle.GIVENNAME);
        String iin = prefixed(subject, BCStyle.SERIALNUMBER, IIN_PREFIX);
        String bin = prefixed(subject, BCStyle.OU, BIN_PREFIX);
        String organisation = first(subject, BCStyle.O);
        String country = first(subject, BCStyle.C);
        return new CertificateIdentity(cn, surname, givenName(cn, surname), patronymic, iin, bin, organisation, country);
    }

    /** The name part of CN: CN is «SURNAME NAME» in НУЦ certificates of people. */
    private static String givenName(String cn, String surname) {
        if (cn == null || surname == null) {
            return null;
        }
        String prefix = surname + " ";
        return cn.startsWith(prefix) ? cn.substring(prefix.length()).trim() : null;
    }

    private static String first(X500Name name, ASN1ObjectIdentifier type) {
        RDN[] rdns = name.getRDNs(type);
        return rdns.length == 0 ? null : IETFUtils.valueToString(rdns[0].getFirst().getValue()).replace("\\", "");
    }

    /** The 12 digits after {@code prefix} in the first attribute of {@code type} that carries it. */
    private static String prefixed(X500Name name, ASN1ObjectIdentifier type, String prefix) {
        for (RDN rdn : name.getRDNs(type)) {
            String v = IETFUtils.valueToString(rdn.getFirst().getValue());
            if (v.startsWith(prefix) && v.length() == prefix.length() + 12) {
                return v.substring(prefix.length());
            }
        }
        return null;
    }

    private SubjectReader() {
    }

    /**
     * A certificate's subject in BouncyCastle's readable form with the IIN masked (no raw IIN on consoles or in
     * logs).
     */
    public static String readableMasked(X509Certificate certificate) {
        String dn = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()).toString();
        Matcher m = IIN_IN_DN.matcher(dn);
        return m.find() ? m.replaceAll(r -> "IIN" + IinMask.mask(r.group(1))) : dn;
    }
}

package kz.egov.eds.devca;

import kz.egov.eds.pki.CertificateProfileKind;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;

/**
 * Whom a development certificate names, laid out as НУЦ РК does: CN = «SURNAME NAME», SN = surname, SERIALNUMBER =
 * IIN…, C = KZ, O = organisation, OU = BIN…, GN = patronymic; a system certificate has CN = the participant id. Its
 * {@link #defaultProfile()} is the НУЦ profile the development НУЦ issues it unless told otherwise.
 */
public record DevSubject(Kind kind, String iin, String surname, String name, String patronymic, String organisation,
                         String bin, String participantId) {

    /** What the certificate is for. */
    public enum Kind { CITIZEN, OFFICER, OPERATOR, SYSTEM }

    public static DevSubject citizen(String iin, String surname, String name, String patronymic) {
        return new DevSubject(Kind.CITIZEN, iin, surname, name, patronymic, null, null, null);
    }

    public static DevSubject officer(String iin, String surname, String name, String patronymic, String organisation,
                                     String bin) {
        return new DevSubject(Kind.OFFICER, iin, surname, name, patronymic, organisation, bin, null);
    }

    public static DevSubject operator(String iin, String surname, String name, String patronymic, String organisation,
                                      String bin) {
        return new DevSubject(Kind.OPERATOR, iin, surname, name, patronymic, organisation, bin, null);
    }

    public static DevSubject system(String participantId, String organisation, String bin) {
        return new DevSubject(Kind.SYSTEM, null, null, null, null, organisation, bin, participantId);
    }

    /**
     * The profile issued by default: a citizen's, an individual's signing certificate; an officer's and an
     * operator's, a legal entity employee's signing certificate (with the BIN); a system's, an information system's.
     */
    public CertificateProfileKind defaultProfile() {
        return switch (kind) {
            case CITIZEN -> CertificateProfileKind.INDIVIDUAL_SIGNING;
            case OFFICER, OPERATOR -> CertificateProfileKind.LEGAL_ENTITY_EMPLOYEE_SIGNING;
            case SYSTEM -> CertificateProfileKind.SYSTEM;
        };
    }

    public X500Name toX500Name() {
        X500NameBuilder b = new X500NameBuilder(BCStyle.INSTANCE);
        if (kind == Kind.SYSTEM) {
            b.addRDN(BCStyle.CN, participantId);
        } else {
            b.addRDN(BCStyle.CN, surname + " " + name);
            b.addRDN(BCStyle.SURNAME, surname);
            b.addRDN(BCStyle.SERIALNUMBER, "IIN" + iin);
        }
        b.addRDN(BCStyle.C, "KZ");
        if (organisation != null) {
            b.addRDN(BCStyle.O, organisation);
        }
        if (bin != null) {
            b.addRDN(BCStyle.OU, "BIN" + bin);
        }
        if (patronymic != null && !patronymic.isBlank()) {
            b.addRDN(BCStyle.GIVENNAME, patronymic);
        }
        return b.build();
    }
}

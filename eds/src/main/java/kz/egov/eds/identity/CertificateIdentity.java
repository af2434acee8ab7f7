package kz.egov.eds.identity;

/**
 * The person and organisation a НУЦ certificate names, in НУЦ's subject layout: CN = surname and name, SN = surname,
 * GN = patronymic, SERIALNUMBER = IIN…, O = organisation, OU = BIN…. Absent parts are null.
 */
public record CertificateIdentity(
        String commonName,
        String surname,
        String name,
        String patronymic,
        String iin,
        String bin,
        String organisation,
        String country) {

    /** True when the certificate names an organisation (an officer's, operator's or system certificate). */
    public boolean isOrganisation() {
        return bin != null;
    }

    @Override
    public String toString() {
        return "CertificateIdentity[cn=" + commonName + ", iin=" + (iin == null ? null : IinMask.mask(iin))
                + ", bin=" + bin + ", o=" + organisation + "]";
    }
}

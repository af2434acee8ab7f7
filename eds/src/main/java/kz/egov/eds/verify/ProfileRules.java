package kz.egov.eds.verify;

import kz.egov.contract.message.SignerRole;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.eds.identity.CertificateIdentity;
import kz.egov.eds.pki.CertificateProfileKind.Holder;
import kz.egov.eds.pki.CertificateProfileKind.Use;

/**
 * Which certificate profile each role's signature requires ({@link CertificateProfile}, НУЦ's profiles):
 * <ul>
 *   <li>a citizen: an individual's certificate (EKU 1.2.398.3.3.4.1.1, no BIN in the subject);</li>
 *   <li>an operator or an officer: a legal entity's person (EKU 1.2.398.3.3.4.1.2, an IIN and a BIN in the subject;
 *       that the BIN is the body's is {@code ChannelRules}' check);</li>
 *   <li>a participant's system: an information system's certificate (no IIN);</li>
 * </ul>
 * and for an ЭЦП or a seal a signing certificate (nonRepudiation), for a sign-in challenge a signing or an
 * authentication one. A certificate without key usage is none of these.
 */
final class ProfileRules {

    /** @throws RejectedException with the reason code of the first rule {@code profile} breaks */
    static void require(SignerRole role, Purpose purpose, CertificateProfile profile,
                        CertificateIdentity person) {
        if (profile.keyUsage().isEmpty()) {
            throw new RejectedException(ReasonCode.EDS_NO_KEY_USAGE,
                    "the certificate has no key usage: it is none of НУЦ's profiles");
        }
        Holder holder = profile.holder().orElse(null);
        switch (role) {
            case CITIZEN -> {
                if (holder != Holder.INDIVIDUAL || person.bin() != null) {
                    throw new RejectedException(ReasonCode.EDS_NOT_INDIVIDUAL_CERTIFICATE,
                            "a citizen signs with an individual's certificate, not a " + profile.name()
                                    + " one" + (person.bin() != null ? " with a BIN" : ""));
                }
            }
            case OPERATOR, OFFICER -> {
                if (holder != Holder.LEGAL_ENTITY || person.bin() == null || person.iin() == null) {
                    throw new RejectedException(ReasonCode.EDS_NOT_LEGAL_ENTITY_CERTIFICATE,
                            "an " + role.name().toLowerCase() + " signs with a legal entity's person's certificate "
                                    + "(IIN and BIN), not a " + profile.name() + " one");
                }
            }
            case SYSTEM -> {
                if (holder != Holder.SYSTEM || person.iin() != null) {
                    throw new RejectedException(ReasonCode.EDS_NOT_SYSTEM_CERTIFICATE,
                            "a seal is made with an information system's certificate, not a " + profile.name()
                                    + " one");
                }
            }
            default -> throw new IllegalStateException("unknown role " + role);
        }
        if (purpose == Purpose.SIGNATURE && profile.use().orElse(null) != Use.SIGNING) {
            throw new RejectedException(ReasonCode.EDS_AUTHENTICATION_CERTIFICATE,
                    "an authentication certificate (no nonRepudiation) does not sign documents");
        }
    }

    private ProfileRules() {
    }
}

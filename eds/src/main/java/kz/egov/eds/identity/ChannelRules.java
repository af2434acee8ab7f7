package kz.egov.eds.identity;

import java.util.Objects;

import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.contract.seal.SignerIdentity;

/**
 * Condition 2's identity checks per channel (ARCHITECTURE §4a), each one call: the portal's «ИИН в сертификате ЭЦП =
 * ИИН в запросе = ИИН вошедшего», and the organisation checks (certificate BIN = the State Corporation's or the
 * provider's BIN) for operators, officers and system seals.
 */
public final class ChannelRules {

    /**
     * Portal channel: the certificate IIN, the request IIN and the signed-in IIN are one valid IIN.
     *
     * @throws RejectedException {@code EDS_INVALID_IIN} for a malformed IIN, {@code EDS_IIN_MISMATCH} otherwise
     */
    public static void checkCitizen(SignerIdentity signer, String requestIin, String signedInIin) {
        checkCitizen(signer, requestIin);
        Iin.of(signedInIin);
        if (!signer.iin().equals(signedInIin)) {
            throw new RejectedException(ReasonCode.EDS_IIN_MISMATCH,
                    "certificate IIN differs from the signed-in IIN " + IinMask.mask(signedInIin));
        }
    }

    /** Certificate IIN = request IIN, both valid. */
    public static void checkCitizen(SignerIdentity signer, String requestIin) {
        Objects.requireNonNull(signer, "signer");
        if (signer.iin() == null) {
            throw new RejectedException(ReasonCode.EDS_IIN_MISMATCH, "certificate carries no IIN");
        }
        Iin.of(signer.iin());
        Iin.of(requestIin);
        if (!signer.iin().equals(requestIin)) {
            throw new RejectedException(ReasonCode.EDS_IIN_MISMATCH,
                    "certificate IIN " + IinMask.mask(signer.iin()) + " differs from request IIN " + IinMask.mask(requestIin));
        }
    }

    /**
     * State Corporation operator, provider officer or system seal: the certificate BIN equals {@code expectedBin}.
     *
     * @throws RejectedException {@code EDS_BIN_MISMATCH}
     */
    public static void checkOrganisationSigner(SignerIdentity signer, String expectedBin) {
        Objects.requireNonNull(signer, "signer");
        if (signer.bin() == null) {
            throw new RejectedException(ReasonCode.EDS_BIN_MISMATCH, "certificate carries no BIN, expected " + expectedBin);
        }
        if (!signer.bin().equals(expectedBin)) {
            throw new RejectedException(ReasonCode.EDS_BIN_MISMATCH,
                    "certificate BIN " + signer.bin() + " differs from expected BIN " + expectedBin);
        }
    }

    /** An operator or officer: BIN as above, and the person's certificate carries a valid IIN. */
    public static void checkOrganisationPerson(SignerIdentity signer, String expectedBin) {
        checkOrganisationSigner(signer, expectedBin);
        if (signer.iin() == null) {
            throw new RejectedException(ReasonCode.EDS_IIN_MISMATCH, "employee certificate carries no IIN");
        }
        Iin.of(signer.iin());
    }

    /**
     * A result or refusal: signed by the officer the catalog names for the step (head, executor or authorised
     * person), of the provider's BIN.
     *
     * @throws RejectedException {@code EDS_BIN_MISMATCH} for another organisation, {@code EDS_SIGNER_NOT_ACTING_OFFICER}
     *         for another person
     */
    public static void checkActingOfficer(SignerIdentity signer, String actingOfficerIin, String providerBin) {
        checkOrganisationSigner(signer, providerBin);
        if (signer.iin() == null || !signer.iin().equals(actingOfficerIin)) {
            throw new RejectedException(ReasonCode.EDS_SIGNER_NOT_ACTING_OFFICER,
                    "signed by " + (signer.iin() == null ? "a certificate without IIN" : IinMask.mask(signer.iin()))
                            + ", the acting officer is " + IinMask.mask(actingOfficerIin));
        }
    }

    private ChannelRules() {
    }
}

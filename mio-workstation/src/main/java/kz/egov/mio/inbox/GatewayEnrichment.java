package kz.egov.mio.inbox;

import java.io.IOException;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import kz.egov.contract.envelope.EnvelopeCodec;
import kz.egov.contract.message.PersonRecord;
import kz.egov.contract.seal.SignatureCheck;

/**
 * What the gateway adds to a forwarded request: the ГБД ФЛ record it used, its routing decision, the origin, and its
 * check of the person's EDS (condition 2: signer, certificate, revocation, when).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GatewayEnrichment(PersonRecord person, Routing routing, String origin, String signaturesCheckedAt,
        SignatureCheck signatureCheck) {

    /** The gateway's routing decision. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Routing(String variantCode, String providerType, String providerId, String katoPrefix) {
    }

    /** Reads stored enrichment bytes; null when there are none or they do not parse. */
    public static GatewayEnrichment read(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        try {
            return EnvelopeCodec.json().readValue(bytes, GatewayEnrichment.class);
        } catch (IOException e) {
            return null;
        }
    }
}

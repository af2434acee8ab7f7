package kz.egov.contract.envelope;

/**
 * Every message type of the contract. Each has a body record in {@code kz.egov.contract.message} and a JSON Schema
 * in {@code /schemas/<schemaName>.schema.json} (published under docs/schemas/).
 */
public enum MessageType {
    /** A citizen's, operator's or officer's signed request for a service. */
    SERVICE_REQUEST("service-request"),
    /** The gateway accepted the request for routing (technical status «принято ШЭП»). */
    TECHNICAL_RECEIPT("technical-receipt"),
    /** The provider's system received and stored the request: "delivered to provider". */
    PROVIDER_ACKNOWLEDGEMENT("provider-acknowledgement"),
    /** A refusal with a reason code from the contract's catalog, back to the origin. */
    REJECTION("rejection"),
    /** A business status change of a request («поступившие», «исполненные», ...). */
    STATUS_CHANGE("status-change"),
    /** The result document (notification, certificate, referral, conclusion) or motivated refusal, officer-signed. */
    RESULT_DOCUMENT("result-document"),
    /** A question to ГБД ФЛ about one person. */
    PERSON_LOOKUP_QUERY("person-lookup-query"),
    /** ГБД ФЛ's answer. */
    PERSON_LOOKUP_ANSWER("person-lookup-answer"),
    /** A command to АИС «Рынок труда» on behalf of an officer. */
    REGISTRY_COMMAND("registry-command"),
    /** АИС «Рынок труда»'s answer to a command, or a change of a record card. */
    REGISTRY_EVENT("registry-event"),
    /** A movement of a State Corporation paper package (packed, sent, received, returned). */
    PACKAGE_MOVEMENT("package-movement");

    private final String schemaName;

    MessageType(String schemaName) {
        this.schemaName = schemaName;
    }

    public String schemaName() {
        return schemaName;
    }
}

package kz.egov.contract.topic;

/**
 * Kafka topics: one per direction and participant kind, never one per participant. Records are keyed by request id
 * (the envelope's correlation id), so all messages of one request keep their order; the recipient participant is in
 * the envelope header. See docs/messaging.md.
 */
public final class Topics {

    /** From every participant (portal, ЦОН branches, МИО providers, the registry) to the gateway (ШЭП/РШЭП). */
    public static final String TO_GATEWAY = "egov.to-gateway";
    /** From the gateway to the e-gov portal (ПЭП). */
    public static final String TO_PORTAL = "egov.to-portal";
    /** From the gateway to МИО providers (ИС МИО), all tenants of mio-workstation. */
    public static final String TO_PROVIDERS = "egov.to-providers";
    /** From the gateway to State Corporation branches (ИС ЦОН), all tenants of citizens-corp-adapter. */
    public static final String TO_BRANCHES = "egov.to-branches";
    /** From the gateway to the labour-market registry (АИС «Рынок труда»). */
    public static final String TO_REGISTRY = "egov.to-registry";
    /** What no one could process, with the reason in the headers; each service also keeps its own in its database. */
    public static final String DEAD_LETTER = "egov.dead-letter";

    /** Kafka header carrying the envelope's message id (the idempotency key). */
    public static final String HEADER_MESSAGE_ID = "egov-message-id";
    /** Kafka header carrying the envelope's message type. */
    public static final String HEADER_MESSAGE_TYPE = "egov-message-type";

    private Topics() {
    }
}

package kz.egov.gateway.participant;

import kz.egov.contract.topic.Topics;

/** The kinds of system that exchange messages through the gateway, and the topic each kind reads. */
public enum ParticipantKind {
    /** The e-gov portal (ПЭП). */
    PORTAL(Topics.TO_PORTAL),
    /** A State Corporation branch (ЦОН). */
    BRANCH(Topics.TO_BRANCHES),
    /** A МИО provider: district department, employment centre, akimat. */
    PROVIDER(Topics.TO_PROVIDERS),
    /** The labour-market registry (АИС «Рынок труда»). */
    REGISTRY(Topics.TO_REGISTRY);

    private final String inboundTopic;

    ParticipantKind(String inboundTopic) {
        this.inboundTopic = inboundTopic;
    }

    /** The topic the gateway writes to for participants of this kind. */
    public String inboundTopic() {
        return inboundTopic;
    }
}

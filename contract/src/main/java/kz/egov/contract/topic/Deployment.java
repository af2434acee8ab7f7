package kz.egov.contract.topic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The deployments the broker knows, one per service (ARCHITECTURE §4): whom its TLS client certificate names, the
 * topics it reads (with its one consumer group, named as the deployment) and those it writes. A deployment may host
 * several participants (mio-workstation every МИО provider, citizens-corp-adapter every ЦОН branch); the broker
 * authorises the deployment, the gateway the participant (by its seal). The broker's ACLs are made from this table and
 * nothing else (docs/operations.md, "Trust boundaries").
 */
public enum Deployment {

    PORTAL_ADAPTER("portal-adapter", List.of("PORTAL"), List.of(Topics.TO_PORTAL),
            List.of(Topics.TO_GATEWAY, Topics.DEAD_LETTER)),
    GATEWAY_ROUTER("gateway-router", List.of("GATEWAY"), List.of(Topics.TO_GATEWAY),
            List.of(Topics.TO_PORTAL, Topics.TO_PROVIDERS, Topics.TO_BRANCHES, Topics.TO_REGISTRY,
                    Topics.DEAD_LETTER)),
    MIO_WORKSTATION("mio-workstation", List.of("PROVIDER"), List.of(Topics.TO_PROVIDERS),
            List.of(Topics.TO_GATEWAY, Topics.DEAD_LETTER)),
    LABOUR_MARKET_REGISTRY("labour-market-registry", List.of("REGISTRY"), List.of(Topics.TO_REGISTRY),
            List.of(Topics.TO_GATEWAY, Topics.DEAD_LETTER)),
    CITIZENS_CORP_ADAPTER("citizens-corp-adapter", List.of("BRANCH"), List.of(Topics.TO_BRANCHES),
            List.of(Topics.TO_GATEWAY, Topics.DEAD_LETTER));

    /** Every topic of the system, as the broker's setup creates them. */
    public static final List<String> TOPICS = List.of(Topics.TO_GATEWAY, Topics.TO_PORTAL, Topics.TO_PROVIDERS,
            Topics.TO_BRANCHES, Topics.TO_REGISTRY, Topics.DEAD_LETTER);

    private final String id;
    private final List<String> hostedKinds;
    private final List<String> reads;
    private final List<String> writes;

    Deployment(String id, List<String> hostedKinds, List<String> reads, List<String> writes) {
        this.id = id;
        this.hostedKinds = hostedKinds;
        this.reads = reads;
        this.writes = writes;
    }

    /** The deployment's name: its service's application name, its certificate's CN, its principal, its group. */
    public String id() {
        return id;
    }

    /** The one consumer group the deployment may use (every instance of the service shares it). */
    public String consumerGroup() {
        return id;
    }

    public List<String> reads() {
        return reads;
    }

    /**
     * The topics it writes: those of its direction, the dead-letter topic, and its own topic, onto which an operator's
     * replay puts a dead letter back (DeadLetters#replay, through the service's outbox).
     */
    public List<String> writes() {
        List<String> all = new ArrayList<>(writes);
        reads.stream().filter(t -> !all.contains(t)).forEach(all::add);
        return List.copyOf(all);
    }

    /** The deployment named {@code id} (a service's application name). */
    public static Deployment byId(String id) {
        return Arrays.stream(values()).filter(d -> d.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no deployment " + id));
    }

    /** The deployment that hosts participants of {@code kind} (PORTAL, GATEWAY, PROVIDER, BRANCH, REGISTRY). */
    public static Deployment hosting(String kind) {
        return Arrays.stream(values()).filter(d -> d.hostedKinds.contains(kind)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no deployment hosts participants of kind " + kind));
    }
}

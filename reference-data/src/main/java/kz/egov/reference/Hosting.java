package kz.egov.reference;

import java.util.ArrayList;
import java.util.List;

import kz.egov.contract.topic.Deployment;

/**
 * Which deployment hosts which participant: the gateway itself ({@value #GATEWAY_ID}) is gateway-router's, every
 * other participant is the deployment hosting its kind ({@link Deployment#hosting}: ИС МИО every provider, ИС ЦОН every
 * branch). A deployment holds the system keys of its participants and no others.
 */
public final class Hosting {

    /** The gateway's own participant id (its seal on what it routes and answers). */
    public static final String GATEWAY_ID = "gateway";

    private Hosting() {
    }

    /** The deployment hosting {@code participantId}; an id no one hosts is an {@link IllegalArgumentException}. */
    public static Deployment deploymentOf(String participantId) {
        if (GATEWAY_ID.equals(participantId)) {
            return Deployment.GATEWAY_ROUTER;
        }
        return Deployment.hosting(Participants.byId(participantId).kind());
    }

    /** Whether {@code deployment} hosts {@code participantId} (false for an id no one hosts). */
    public static boolean hosts(Deployment deployment, String participantId) {
        try {
            return deploymentOf(participantId) == deployment;
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }

    /** Every participant id {@code deployment} hosts, the gateway's included for gateway-router. */
    public static List<String> participantsOf(Deployment deployment) {
        List<String> ids = new ArrayList<>();
        if (deployment == Deployment.GATEWAY_ROUTER) {
            ids.add(GATEWAY_ID);
        }
        Participants.all().stream().filter(p -> hosts(deployment, p.id())).map(Participants.Seed::id)
                .forEach(ids::add);
        return List.copyOf(ids);
    }
}

package kz.egov.gateway.participant;

import java.util.List;
import java.util.Map;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;

import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.eds.identity.Bin;
import kz.egov.gateway.routing.Router;

/** Platform operators: the participant registry and the routing table. */
@Path("/admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ParticipantResource {

    private final ParticipantRegistry registry;
    private final Router router;

    ParticipantResource(ParticipantRegistry registry, Router router) {
        this.registry = registry;
        this.router = router;
    }

    @GET
    @Path("/participants")
    @Transactional
    public List<Participant> list() {
        return registry.list();
    }

    @GET
    @Path("/participants/{id}")
    @Transactional
    public Participant get(@PathParam("id") String id) {
        return registry.find(id).orElseThrow(() -> new RejectedException(ReasonCode.NOT_FOUND, "no participant " + id));
    }

    @PUT
    @Path("/participants/{id}")
    @Transactional
    public Participant put(@PathParam("id") String id, Participant p) {
        if (p == null || !id.equals(p.id()) || p.kind() == null || p.name() == null || p.bin() == null) {
            throw new RejectedException(ReasonCode.VALIDATION_FAILED,
                    "id, kind, name and bin are required and id must match");
        }
        if (!Bin.isValid(p.bin())) {
            throw new RejectedException(ReasonCode.VALIDATION_FAILED, "invalid BIN");
        }
        if (p.certificateSha256() == null || !p.certificateSha256().matches("[0-9a-fA-F]{64}")) {
            throw new RejectedException(ReasonCode.VALIDATION_FAILED,
                    "certificateSha256 is required: a participant is registered with its system certificate pinned");
        }
        registry.save(p);
        return registry.find(id).orElseThrow();
    }

    @POST
    @Path("/participants/{id}/deactivate")
    @Transactional
    public Map<String, Object> deactivate(@PathParam("id") String id) {
        return setActive(id, false);
    }

    @POST
    @Path("/participants/{id}/activate")
    @Transactional
    public Map<String, Object> activate(@PathParam("id") String id) {
        return setActive(id, true);
    }

    private Map<String, Object> setActive(String id, boolean active) {
        if (!registry.setActive(id, active)) {
            throw new RejectedException(ReasonCode.NOT_FOUND, "no participant " + id);
        }
        return Map.of("id", id, "active", active);
    }

    @GET
    @Path("/routing")
    @Transactional
    public List<Router.Rule> routing() {
        return router.list();
    }

    /** A new or replaced rule. */
    public record RuleInput(String providerType, String katoPrefix, String participantId) {
    }

    @POST
    @Path("/routing")
    @Transactional
    public List<Router.Rule> addRule(RuleInput rule) {
        if (rule == null || rule.providerType() == null || rule.katoPrefix() == null
                || !rule.katoPrefix().matches("[0-9]{1,9}")) {
            throw new RejectedException(ReasonCode.VALIDATION_FAILED,
                    "providerType and a numeric katoPrefix are required");
        }
        Participant p = get(rule.participantId());
        if (p.kind() != ParticipantKind.PROVIDER) {
            throw new RejectedException(ReasonCode.VALIDATION_FAILED, "routes lead to providers only");
        }
        router.put(rule.providerType(), rule.katoPrefix(), rule.participantId());
        return router.list();
    }
}

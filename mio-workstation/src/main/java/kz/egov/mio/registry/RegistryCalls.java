package kz.egov.mio.registry;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import kz.egov.contract.id.Ids;
import kz.egov.catalog.model.Step;
import kz.egov.contract.envelope.EnvelopeCodec;
import kz.egov.contract.message.RegistryCommand;
import kz.egov.contract.message.RegistryCommandType;
import kz.egov.mio.deadline.Deadlines;
import kz.egov.mio.workflow.GatewayOutbox;
import kz.egov.mio.workflow.Plan;
import kz.egov.mio.workflow.ServiceCase;

/**
 * The registry commands a step carries (from the catalog), sent one after the other through the gateway on behalf of
 * the acting officer; a command already accepted for the case is never sent again (rework reuses its answer).
 */
@ApplicationScoped
public class RegistryCalls {

    private static final String REFERRAL_SUFFIX = "_REFERRAL";

    private final EntityManager em;
    private final GatewayOutbox outbox;
    private final Deadlines deadlines;

    RegistryCalls(EntityManager em, GatewayOutbox outbox, Deadlines deadlines) {
        this.em = em;
        this.outbox = outbox;
        this.deadlines = deadlines;
    }

    public List<RegistryCall> of(String requestId) {
        return em.createQuery("FROM RegistryCall WHERE requestId = ?1 ORDER BY sentAt", RegistryCall.class)
                .setParameter(1, requestId).getResultList();
    }

    public Optional<RegistryCall> find(String commandId) {
        return Optional.ofNullable(em.find(RegistryCall.class, commandId));
    }

    /** The step's commands not yet accepted for this case, in the catalog's order. */
    public List<kz.egov.catalog.model.RegistryCommand> pending(ServiceCase c, Step step) {
        List<RegistryCall> calls = of(c.requestId);
        return step.registryCommands().stream().filter(cmd -> calls.stream()
                .noneMatch(k -> k.command.equals(cmd.name()) && RegistryCall.ACCEPTED.equals(k.state))).toList();
    }

    /** Every command of the steps up to {@code index} has been accepted. */
    public boolean doneUpTo(ServiceCase c, Plan plan, int index) {
        for (int i = 0; i <= index && i < plan.size(); i++) {
            if (plan.performedHere(plan.steps().get(i)) && !pending(c, plan.steps().get(i)).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** Sends one command for the case's current step, acting for {@code officerIin}. */
    public RegistryCall send(ServiceCase c, kz.egov.catalog.model.RegistryCommand command, String officerIin) {
        RegistryCall call = new RegistryCall();
        call.commandId = Ids.next();
        call.requestId = c.requestId;
        call.stepIndex = c.stepIndex;
        call.command = command.name();
        call.actingOfficer = officerIin;
        call.state = RegistryCall.PENDING;
        call.sentAt = deadlines.now();
        em.persist(call);
        ObjectNode data = EnvelopeCodec.json().createObjectNode();
        data.put("variantCode", c.variantCode);
        data.put("serviceCode", c.serviceCode);
        data.put("incomingNumber", c.incomingNumber);
        if (c.draftResultCode != null) {
            data.put("resultCode", c.draftResultCode);
        }
        identification(c, data);
        entered(c, command, data);
        outbox.registryCommand(c, new RegistryCommand(call.commandId, c.requestId,
                RegistryCommandType.valueOf(command.name()), c.applicantIin, officerIin, c.providerId, data));
        return call;
    }

    /**
     * What the executor entered with the draft (e.g. a referral's employer and vacancy) and, for a referral, the
     * measure it refers to: the kind of the referral document prepared ({@code SOCIAL_JOBS_REFERRAL} → {@code
     * SOCIAL_JOBS}), else the measure the citizen asked for in the form.
     */
    private static void entered(ServiceCase c, kz.egov.catalog.model.RegistryCommand command, ObjectNode data) {
        JsonNode details = details(c);
        if (details != null) {
            details.fields().forEachRemaining(f -> data.set(f.getKey(), f.getValue()));
        }
        if (command == kz.egov.catalog.model.RegistryCommand.REFER_TO_MEASURE && !data.hasNonNull("measureKind")) {
            String measure = measureKind(c);
            if (measure != null) {
                data.put("measureKind", measure);
            }
        }
    }

    /** The measure of a referral: the referral document's kind, else the form's {@code measure}. */
    public static String measureKind(ServiceCase c) {
        if (c.draftResultCode != null && c.draftResultCode.endsWith(REFERRAL_SUFFIX)) {
            return c.draftResultCode.substring(0, c.draftResultCode.length() - REFERRAL_SUFFIX.length());
        }
        kz.egov.contract.message.ServiceRequest request = EnvelopeCodec.decode(c.requestDocument,
                kz.egov.contract.message.ServiceRequest.class);
        return request.form() != null && request.form().hasNonNull("measure") ? request.form().get("measure").asText()
                : null;
    }

    /** The draft's entered details, or null. */
    public static JsonNode details(ServiceCase c) {
        try {
            return c.draftDetails == null ? null : EnvelopeCodec.json().readTree(c.draftDetails);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /**
     * What АИС «Рынок труда» needs to identify the person (REGISTER_JOB_SEEKER and CHECK_UNEMPLOYED_REGISTRATION: the
     * executor enters the citizen's data): the ГБД ФЛ record the gateway attached, and the request's channel.
     */
    private static void identification(ServiceCase c, ObjectNode data) {
        kz.egov.mio.inbox.GatewayEnrichment enrichment = kz.egov.mio.inbox.GatewayEnrichment.read(c.enrichment);
        kz.egov.contract.message.PersonRecord person = enrichment == null ? null : enrichment.person();
        if (person != null) {
            data.put("surname", person.surname());
            data.put("givenName", person.givenName());
            if (person.patronymic() != null) {
                data.put("patronymic", person.patronymic());
            }
            if (person.birthDate() != null) {
                data.put("birthDate", person.birthDate().toString());
            }
        }
        if (c.channel != null) {
            data.put("channel", c.channel);
        }
    }
}

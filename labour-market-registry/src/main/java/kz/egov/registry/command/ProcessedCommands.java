package kz.egov.registry.command;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import kz.egov.contract.envelope.EnvelopeCodec;
import kz.egov.contract.message.RegistryCommand;
import kz.egov.contract.message.RegistryEvent;

/**
 * Every command processed, with the answer sent (also refused and not permitted ones: the card-less audit). A repeated
 * command id gets the stored answer again and changes nothing. Every call needs a transaction.
 */
@ApplicationScoped
public class ProcessedCommands {

    private final EntityManager em;

    ProcessedCommands(EntityManager em) {
        this.em = em;
    }

    /** A command already processed: who sent it, what it was, and the answer given. */
    public record Processed(String sender, String command, String iin, RegistryEvent event) {

        /** Whether {@code cmd} from {@code from} is the same command again (not another one reusing its id). */
        public boolean sameAs(RegistryCommand cmd, String from) {
            return sender.equals(from) && command.equals(cmd.command().name()) && iin.equals(cmd.iin());
        }
    }

    @SuppressWarnings("unchecked")
    public Optional<Processed> find(String commandId) {
        List<Object[]> rows = em.createNativeQuery("SELECT sender, command, iin, event FROM registry_command "
                + "WHERE command_id = ?1 FOR UPDATE").setParameter(1, commandId).getResultList();
        return rows.stream().findFirst().map(r -> new Processed((String) r[0], (String) r[1], ((String) r[2]).trim(),
                EnvelopeCodec.decode((byte[]) r[3], RegistryEvent.class)));
    }

    public void repeated(String commandId) {
        em.createNativeQuery("UPDATE registry_command SET repeats = repeats + 1 WHERE command_id = ?1")
                .setParameter(1, commandId).executeUpdate();
    }

    public void record(RegistryCommand cmd, String sender, Outcome outcome, RegistryEvent event) {
        em.createNativeQuery("INSERT INTO registry_command (command_id, command, iin, provider_id, sender, "
                + "acting_officer_iin, request_id, accepted, reason_code, detail, event, processed_at) "
                + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)").setParameter(1, cmd.commandId())
                .setParameter(2, cmd.command().name()).setParameter(3, cmd.iin()).setParameter(4, cmd.providerId())
                .setParameter(5, sender).setParameter(6, cmd.actingOfficerIin()).setParameter(7, cmd.requestId())
                .setParameter(8, outcome.accepted())
                .setParameter(9, outcome.reason() == null ? null : outcome.reason().code())
                .setParameter(10, outcome.detail()).setParameter(11, EnvelopeCodec.encode(event))
                .setParameter(12, event.at()).executeUpdate();
    }
}

package kz.egov.registry.command;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import kz.egov.catalog.model.RegistryRequirement;
import kz.egov.contract.message.RegistryCommand;
import kz.egov.registry.card.HistoryEntry;

/**
 * A command being applied: the command, its data, what the variant of its request requires of it (the catalog's
 * registry rule; none for the registry's own DEREGISTER and QUERY_CARD), when, and the day it counts for (Asia/Almaty).
 */
public record CommandContext(RegistryCommand command, CommandData data, String variantCode,
        List<RegistryRequirement> requires, Instant at, LocalDate today) {

    public CommandContext {
        requires = List.copyOf(requires);
    }

    public String iin() {
        return command.iin();
    }

    /** The history entry of this command's change: who (provider, acting officer), when, which request. */
    public HistoryEntry history(String change) {
        return new HistoryEntry(at, command.command().name(), change, command.providerId(), command.actingOfficerIin(),
                command.requestId(), command.commandId());
    }
}

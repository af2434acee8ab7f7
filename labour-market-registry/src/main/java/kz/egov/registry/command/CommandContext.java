package kz.egov.registry.command;

import java.time.Instant;
import java.time.LocalDate;

import kz.egov.contract.message.RegistryCommand;
import kz.egov.registry.card.HistoryEntry;

/** A command being applied: the command, its data, when, and the day it counts for (Asia/Almaty). */
public record CommandContext(RegistryCommand command, CommandData data, Instant at, LocalDate today) {

    public String iin() {
        return command.iin();
    }

    /** The history entry of this command's change: who (provider, acting officer), when, which request. */
    public HistoryEntry history(String change) {
        return new HistoryEntry(at, command.command().name(), change, command.providerId(), command.actingOfficerIin(),
                command.requestId(), command.commandId());
    }
}

package kz.egov.catalog.model;

import java.util.List;
import java.util.Optional;

/**
 * One step (рәсім / іс-қимыл / процедура / действие) of a channel, in the text's order.
 *
 * @param number            the text's own step number
 * @param role              generic role
 * @param actor             who acts, in the text's words
 * @param body              the body the actor belongs to; {@code null} for the applicant
 * @param informationSystem the system acting, for {@link Role#SYSTEM} steps (e.g. «ИС МИО», «РШЭП»)
 * @param action            what happens, in English
 * @param maxDuration       the step limit; {@code null} where the text gives none
 * @param signsResult       this step signs the result (or the motivated refusal)
 * @param registryCommands  labour-market registry commands this step performs (on a positive decision)
 * @param lines             source lines
 * @param note              remarks, e.g. "(inferred)"
 */
public record Step(int number, Role role, String actor, ProviderType body, String informationSystem, String action,
                   MaxDuration maxDuration, boolean signsResult, List<RegistryCommand> registryCommands,
                   Lines lines, String note) {
    public Step {
        registryCommands = registryCommands == null ? List.of() : List.copyOf(registryCommands);
    }

    /** A step performed by an information system, not a person. */
    public boolean system() {
        return role == Role.SYSTEM;
    }

    public Optional<MaxDuration> limit() {
        return Optional.ofNullable(maxDuration);
    }
}

package kz.egov.registry.command;

import static kz.egov.registry.command.Rules.require;

import java.util.Optional;

import kz.egov.catalog.model.RegistryRequirement;
import kz.egov.registry.card.RecordCard;
import kz.egov.registry.card.RegistrationKind;

/**
 * The catalog's registry rule of the command's variant, checked against the card before anything is written: each
 * requirement that does not hold refuses the command with the requirement's reason code.
 */
final class VariantRequirements {

    private VariantRequirements() {
    }

    static void check(CommandContext c, Optional<RecordCard> card) {
        for (RegistryRequirement r : c.requires()) {
            require(holds(r, c, card), r.refusal(), c.variantCode() + " requires " + r + " for " + c.command().command());
        }
    }

    private static boolean holds(RegistryRequirement r, CommandContext c, Optional<RecordCard> card) {
        return switch (r) {
            case RECORD_CARD -> card.isPresent();
            case ACTIVE_JOB_SEEKER -> active(card, RegistrationKind.JOB_SEEKER);
            case ACTIVE_UNEMPLOYED -> active(card, RegistrationKind.UNEMPLOYED);
            case ACTIVE_JOB_SEEKER_OR_UNEMPLOYED -> active(card, RegistrationKind.JOB_SEEKER)
                    || active(card, RegistrationKind.UNEMPLOYED);
            case IDENTITY_MATCHES_CARD -> card.isPresent() && card.get().identification().matches(
                    c.data().requiredText("surname"), c.data().requiredText("givenName"),
                    c.data().requiredDate("birthDate"));
        };
    }

    private static boolean active(Optional<RecordCard> card, RegistrationKind kind) {
        return card.flatMap(k -> k.activeRegistration(kind)).isPresent();
    }
}

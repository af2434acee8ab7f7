package kz.egov.catalog.model;

import java.util.List;

/**
 * What АИС «Рынок труда» requires of one command a variant's steps send: the registry reads it (by the variant the
 * gateway attests for the command's request) and refuses the command when a requirement does not hold. Every
 * command a variant's steps carry has exactly one rule, also when it requires nothing.
 *
 * @param command  the command
 * @param requires what must hold before it is applied, in the order checked; empty when the text gives nothing
 * @param wordings the text's own words for each check, verbatim (none when the rule is inferred or requires nothing)
 * @param lines    source lines of the wordings (or of the step, when inferred)
 * @param inferred the text names no such check or no registry at all: the rule is the project's reading
 * @param note     remarks
 */
public record RegistryRule(RegistryCommand command, List<RegistryRequirement> requires, List<String> wordings, Lines lines,
        boolean inferred, String note) {
    public RegistryRule {
        requires = requires == null ? List.of() : List.copyOf(requires);
        wordings = wordings == null ? List.of() : List.copyOf(wordings);
    }
}

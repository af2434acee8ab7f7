package kz.egov.catalog.model;

import java.util.List;

/**
 * A disagreement inside the text, kept as the text has it.
 *
 * @param id         e.g. V09-C1
 * @param kind       kind
 * @param where      the channel/step or field concerned
 * @param statements the disagreeing statements
 * @param systemUses the value the system uses
 * @param reason     why
 */
public record Contradiction(String id, ContradictionKind kind, String where, List<Statement> statements,
                            String systemUses, String reason) {
    public Contradiction {
        statements = statements == null ? List.of() : List.copyOf(statements);
    }
}

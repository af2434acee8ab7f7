package kz.egov.gateway.routing;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;

import kz.egov.platform.persistence.NativeRows;

/** The routing table: the provider of a provider type for a citizen's KATO; the most specific prefix wins. */
@ApplicationScoped
public class Router {

    /** A rule of the routing table. */
    public record Rule(long id, String providerType, String katoPrefix, String participantId) {
    }

    /** The key of a transaction's copy of the active rules. */
    private final Object heldTable = new Object();

    private final EntityManager em;
    private final TransactionSynchronizationRegistry transactions;

    Router(EntityManager em, TransactionSynchronizationRegistry transactions) {
        this.em = em;
        this.transactions = transactions;
    }

    /**
     * Reads the rules of active participants once for the rest of the current transaction (an inbound batch routes
     * all its requests with one read of the table instead of a query each; a change by the admin API applies from the
     * next batch).
     */
    public void holdTable() {
        if (transactions.getResource(heldTable) == null) {
            transactions.putResource(heldTable, NativeRows.list(em, "SELECT r.id, r.provider_type, r.kato_prefix, "
                    + "r.participant_id FROM routing_rule r JOIN participant p ON p.id = r.participant_id "
                    + "WHERE p.active")
                    .stream().map(Router::toRule).toList());
        }
    }

    public Optional<Rule> route(String providerType, String kato) {
        if (kato == null) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Rule> held = (List<Rule>) transactions.getResource(heldTable);
        if (held != null) {
            return held.stream().filter(r -> r.providerType().equals(providerType) && kato.startsWith(r.katoPrefix()))
                    .max(Comparator.comparingInt(r -> r.katoPrefix().length()));
        }
        List<?> rows = em.createNativeQuery("SELECT r.id, r.provider_type, r.kato_prefix, r.participant_id "
                + "FROM routing_rule r JOIN participant p ON p.id = r.participant_id "
                + "WHERE r.provider_type = ?1 AND ?2 LIKE r.kato_prefix || '%' "
                + "AND p.active ORDER BY length(r.kato_prefix) DESC LIMIT 1")
                .setParameter(1, providerType).setParameter(2, kato).getResultList();
        return rows.stream().map(o -> toRule((Object[]) o)).findFirst();
    }

    @SuppressWarnings("unchecked")
    public List<Rule> list() {
        return ((List<Object[]>) em.createNativeQuery("SELECT id, provider_type, kato_prefix, participant_id "
                + "FROM routing_rule ORDER BY provider_type, kato_prefix").getResultList()).stream().map(Router::toRule)
                .toList();
    }

    /** Adds or replaces the rule for a provider type and prefix; must run in a transaction. */
    public void put(String providerType, String katoPrefix, String participantId) {
        em.createNativeQuery("INSERT INTO routing_rule (provider_type, kato_prefix, participant_id) "
                + "VALUES (?1, ?2, ?3) "
                + "ON CONFLICT (provider_type, kato_prefix) DO UPDATE SET participant_id = EXCLUDED.participant_id")
                .setParameter(1, providerType).setParameter(2, katoPrefix).setParameter(3, participantId)
                .executeUpdate();
    }

    public boolean remove(long id) {
        return em.createNativeQuery("DELETE FROM routing_rule WHERE id = ?1").setParameter(1, id).executeUpdate() == 1;
    }

    private static Rule toRule(Object[] r) {
        return new Rule(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3]);
    }
}

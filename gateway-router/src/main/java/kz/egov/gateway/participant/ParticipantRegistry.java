package kz.egov.gateway.participant;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import kz.egov.contract.envelope.MessageType;

/**
 * The persisted participant registry. Reads are cached while {@link ParticipantChanges} listens for changes made by any
 * instance (a participant is dropped from the cache when its change commits); while it does not listen, nothing is
 * cached.
 */
@ApplicationScoped
public class ParticipantRegistry {

    private final EntityManager em;
    private final Map<String, Optional<Participant>> cache = new ConcurrentHashMap<>();
    private volatile boolean listening;
    /** Counts changes heard: a read that overlapped one is not cached (it may hold the value from before it). */
    private final java.util.concurrent.atomic.AtomicLong changes = new java.util.concurrent.atomic.AtomicLong();

    ParticipantRegistry(EntityManager em) {
        this.em = em;
    }

    public Optional<Participant> find(String id) {
        Optional<Participant> cached = cache.get(id);
        if (cached != null) {
            return cached;
        }
        long heard = changes.get();
        List<?> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM participant WHERE id = ?1")
                .setParameter(1, id).getResultList();
        Optional<Participant> found = rows.isEmpty() ? Optional.empty()
                : Optional.of(toParticipant((Object[]) rows.get(0)));
        if (listening && changes.get() == heard) {
            cache.put(id, found);
        }
        return found;
    }

    @SuppressWarnings("unchecked")
    public List<Participant> list() {
        List<Object[]> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM participant ORDER BY id")
                .getResultList();
        return rows.stream().map(ParticipantRegistry::toParticipant).toList();
    }

    public long count() {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM participant").getSingleResult()).longValue();
    }

    /** Creates or replaces a participant; must run in a transaction. */
    public void save(Participant p) {
        em.createNativeQuery("INSERT INTO participant (id, kind, name, bin, kato, provider_type, certificate_sha256, "
                + "active, may_send, services, channels) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) "
                + "ON CONFLICT (id) DO UPDATE SET kind = EXCLUDED.kind, name = EXCLUDED.name, bin = EXCLUDED.bin, "
                + "kato = EXCLUDED.kato, provider_type = EXCLUDED.provider_type, "
                + "certificate_sha256 = EXCLUDED.certificate_sha256, active = EXCLUDED.active, "
                + "may_send = EXCLUDED.may_send, services = EXCLUDED.services, channels = EXCLUDED.channels")
                .setParameter(1, p.id()).setParameter(2, p.kind().name()).setParameter(3, p.name())
                .setParameter(4, p.bin()).setParameter(5, p.kato()).setParameter(6, p.providerType())
                .setParameter(7, p.certificateSha256()).setParameter(8, p.active())
                .setParameter(9, Participant.join(p.maySend())).setParameter(10, Participant.join(p.services()))
                .setParameter(11, Participant.join(p.channels())).executeUpdate();
        cache.clear();
    }

    /** Activates or deactivates a participant; must run in a transaction. */
    public boolean setActive(String id, boolean active) {
        int n = em.createNativeQuery("UPDATE participant SET active = ?1 WHERE id = ?2").setParameter(1, active)
                .setParameter(2, id).executeUpdate();
        cache.clear();
        return n == 1;
    }

    /** A change of {@code id} committed (by any instance): its next read goes to the database. */
    void changed(String id) {
        changes.incrementAndGet();
        cache.remove(id);
    }

    /** Whether changes are being heard; the cache is emptied either way (what happened meanwhile was not heard). */
    void listening(boolean on) {
        listening = on;
        changes.incrementAndGet();
        cache.clear();
    }

    private static final String COLUMNS = "id, kind, name, bin, kato, provider_type, certificate_sha256, active, "
            + "may_send, services, channels";

    private static Participant toParticipant(Object[] r) {
        EnumSet<MessageType> maySend = EnumSet.noneOf(MessageType.class);
        Participant.split((String) r[8]).forEach(t -> maySend.add(MessageType.valueOf(t)));
        return new Participant((String) r[0], ParticipantKind.valueOf((String) r[1]), (String) r[2],
                ((String) r[3]).trim(), (String) r[4], (String) r[5], r[6] == null ? null : ((String) r[6]).trim(),
                (Boolean) r[7], maySend, Participant.split((String) r[9]), Participant.split((String) r[10]));
    }
}

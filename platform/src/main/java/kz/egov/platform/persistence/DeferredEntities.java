package kz.egov.platform.persistence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * New entities with an id of their own (not made by the database) that an inbound batch creates one per message —
 * ИС МИО's case for each request it registers. The inbound consumer flushes and clears the session after every message
 * (so later messages do not dirty-check the earlier ones' kilobyte-sized entities), which wrote each such entity as a
 * single-row INSERT. While a batch runs they are held here instead, found here by the batch's later messages, and
 * persisted together at its end: one flush, one JDBC batch (pgjdbc sends it as multi-row INSERTs). Outside a batch
 * an entity is persisted at once.
 */
@ApplicationScoped
public class DeferredEntities extends DeferredUntilFlush<Map<DeferredEntities.Key, Object>> {

    /** An entity's type and id. */
    record Key(Class<?> type, Object id) {
    }

    /** Held entities in the order they were registered. */
    @Override
    protected Map<Key, Object> empty() {
        return new LinkedHashMap<>();
    }

    /** Persists {@code entity}, whose id is {@code id}: at once, or at the end of the running inbound batch. */
    public void persist(Object entity, Object id) {
        Map<Key, Object> pending = pending();
        if (pending == null) {
            em.persist(entity);
        } else {
            pending.put(new Key(entity.getClass(), id), entity);
        }
    }

    /** The entity of this type and id held for the running batch, or null: look here before the database. */
    public <T> T held(Class<T> type, Object id) {
        Map<Key, Object> pending = pending();
        return pending == null ? null : type.cast(pending.get(new Key(type, id)));
    }

    /** Persists the held entities in one flush, then lets them go; the batch's transaction commits them. */
    public void flush() {
        Map<Key, Object> pending = pending();
        if (pending == null || pending.isEmpty()) {
            return;
        }
        List<Object> entities = List.copyOf(pending.values());
        pending.clear();
        entities.forEach(em::persist);
        em.flush();
        em.clear();
    }
}

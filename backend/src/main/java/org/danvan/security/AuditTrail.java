package org.danvan.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.danvan.common.Ids;
import org.danvan.common.RequestIds;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.type.Type;

/**
 * The audit trail's rows: an append-only {@code audit_event} per entity created, changed or deleted,
 * with the actor, the request id and each changed field before and after. {@link AuditInterceptor}
 * writes them for every change made through Hibernate; a write that inserts its rows in plain SQL
 * takes its event's parameters from {@link #creation} and sends them with its own statements.
 */
@ApplicationScoped
public class AuditTrail {

    /** The trail's row, with the parameters {@link #creation} gives. */
    public static final String INSERT = "insert into audit_event (id, at, actor, entity_type, entity_id, action,"
            + " changes, request_id) values (?, ?, ?, ?, ?, ?, ?, ?)";
    /** Derived or stamped fields that every change touches. */
    private static final Set<String> NOISE = Set.of("version", "updatedAt", "createdAt", "searchText");
    private static final Set<String> SECRETS = Set.of("passwordHash", "tokenHash");

    private final AgroalDataSource dataSource;
    private final ObjectMapper json;
    private final Clock clock;

    public AuditTrail(AgroalDataSource dataSource, ObjectMapper json, Clock clock) {
        this.dataSource = dataSource;
        this.json = json;
        this.clock = clock;
    }

    /**
     * The parameters of {@link #INSERT} for an entity that a hot path inserts in plain SQL rather
     * than through {@code persist}, rendered exactly as a persisted one is.
     */
    public Object[] creation(EntityManager em, Object entity, Object id) {
        EntityPersister persister = em.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class)
                .getMappingMetamodel().getEntityDescriptor(entity.getClass());
        return event(entity, id, "CREATE",
                created(persister.getValues(entity), persister.getPropertyNames(), persister.getPropertyTypes()));
    }

    /** Every field set on a new entity, from nothing. */
    Map<String, Map<String, Object>> created(Object[] state, String[] names, Type[] types) {
        return whole(state, names, types, true);
    }

    /** Every field whose value differs; when only a collection changed, the version says so. */
    Map<String, Map<String, Object>> updated(Object[] current, Object[] previous, String[] names, Type[] types) {
        Map<String, Map<String, Object>> changes = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            Object before = previous == null ? null : render(names[i], previous[i], types[i]);
            Object after = render(names[i], current[i], types[i]);
            if (!NOISE.contains(names[i]) && !Objects.equals(before, after)) {
                changes.put(names[i], change(before, after));
            }
        }
        if (changes.isEmpty()) {
            // only a collection (a submission's values, a unit's headcounts) changed: the new version says so
            int version = java.util.Arrays.asList(names).indexOf("version");
            if (version >= 0 && previous != null) {
                changes.put("version", change(previous[version], current[version]));
            }
        }
        return changes;
    }

    /** Every field a deleted entity had, to nothing. */
    Map<String, Map<String, Object>> deleted(Object[] state, String[] names, Type[] types) {
        return whole(state, names, types, false);
    }

    /** Each field with a value, as set from nothing ({@code created}) or as gone to nothing. */
    private Map<String, Map<String, Object>> whole(Object[] state, String[] names, Type[] types, boolean created) {
        Map<String, Map<String, Object>> changes = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            Object value = render(names[i], state[i], types[i]);
            if (value != null && !NOISE.contains(names[i])) {
                changes.put(names[i], created ? change(null, value) : change(value, null));
            }
        }
        return changes;
    }

    private static Map<String, Object> change(Object before, Object after) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("before", before);
        change.put("after", after);
        return change;
    }

    /** A field's value as the trail shows it: ids for references, text for dates, no collections or bytes. */
    private Object render(String name, Object value, Type type) {
        if (value == null || type.isCollectionType() || value instanceof byte[] || value instanceof java.sql.Blob
                || value == org.hibernate.bytecode.enhance.spi.LazyPropertyInitializer.UNFETCHED_PROPERTY) {
            return null;
        }
        if (SECRETS.contains(name)) {
            return "***";
        }
        if (type.isEntityType()) {
            return idOf(value);
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Temporal || value instanceof java.util.UUID) {
            return value.toString();
        }
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        // embedded values (a signer): their fields as JSON; anything else is not shown
        try {
            return json.valueToTree(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Object idOf(Object entity) {
        if (entity instanceof HibernateProxy proxy) {
            return String.valueOf(proxy.getHibernateLazyInitializer().getIdentifier());
        }
        try {
            Field id = entity.getClass().getField("id");
            return String.valueOf(id.get(entity));
        } catch (ReflectiveOperationException e) {
            return String.valueOf(entity);
        }
    }

    /** An event's row: id, time, actor, entity type and id, action, changes as JSON, request id. */
    Object[] event(Object entity, Object id, String action, Map<String, Map<String, Object>> changes) {
        String actor;
        String requestId = null;
        if (Arc.container().requestContext().isActive()) {
            actor = Arc.container().instance(Caller.class).get().name();
            try (InstanceHandle<RequestIds> ids = Arc.container().instance(RequestIds.class)) {
                requestId = ids.get().ofRequest().orElse(null);
            }
        } else {
            actor = Caller.SYSTEM;
        }
        String text;
        try {
            text = json.writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit changes not writable as JSON", e);
        }
        String type = entity instanceof HibernateProxy p
                ? p.getHibernateLazyInitializer().getPersistentClass().getSimpleName()
                : entity.getClass().getSimpleName();
        return new Object[] {Ids.next(), OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC),
            actor.length() > 64 ? actor.substring(0, 64) : actor, type, String.valueOf(id), action, text, requestId};
    }

    /** Writes an event on the transaction's own connection, so it commits with the change or not at all. */
    void write(Object[] event) {
        // the transaction's own connection: Agroal hands the enlisted one out again
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (int i = 0; i < event.length; i++) {
                insert.setObject(i + 1, event[i]);
            }
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("audit event not written", e);
        }
    }
}

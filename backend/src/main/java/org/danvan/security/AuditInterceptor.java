package org.danvan.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.temporal.Temporal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.danvan.assessment.Assessment;
import org.danvan.assessment.AssessmentTransition;
import org.danvan.common.Ids;
import org.danvan.common.RequestIds;
import org.danvan.submission.IdempotencyRecord;
import org.danvan.submission.Submission;
import org.danvan.submission.SubmissionTransition;
import org.hibernate.Interceptor;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.type.Type;

/**
 * Writes the audit trail: every entity created, changed or deleted through Hibernate gets an
 * append-only {@code audit_event} row with the actor, the request id and each changed field before
 * and after. The row is written on the transaction's own connection, so it commits with the change
 * or not at all. A submission whose status moves is recorded as a TRANSITION.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class AuditInterceptor implements Interceptor {

    /** Bookkeeping that is not a change of anyone's data. */
    private static final Set<Class<?>> UNAUDITED = Set.of(AuditEvent.class, IdempotencyRecord.class,
            SubmissionTransition.class, AssessmentTransition.class);
    /** Derived or stamped fields that every change touches. */
    private static final Set<String> NOISE = Set.of("version", "updatedAt", "createdAt", "searchText");
    private static final Set<String> SECRETS = Set.of("passwordHash", "tokenHash");

    private final AgroalDataSource dataSource;
    private final ObjectMapper json;
    private final Clock clock;

    public AuditInterceptor(AgroalDataSource dataSource, ObjectMapper json, Clock clock) {
        this.dataSource = dataSource;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public boolean onPersist(Object entity, Object id, Object[] state, String[] names, Type[] types) {
        if (audited(entity)) {
            Map<String, Map<String, Object>> changes = new LinkedHashMap<>();
            for (int i = 0; i < names.length; i++) {
                Object after = render(names[i], state[i], types[i]);
                if (after != null && !NOISE.contains(names[i])) {
                    changes.put(names[i], change(null, after));
                }
            }
            write(entity, id, "CREATE", changes);
        }
        return false;
    }

    @Override
    public boolean onFlushDirty(Object entity, Object id, Object[] current, Object[] previous, String[] names,
            Type[] types) {
        if (audited(entity)) {
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
            boolean transition = (entity instanceof Submission || entity instanceof Assessment)
                    && changes.containsKey("status");
            write(entity, id, transition ? "TRANSITION" : "UPDATE", changes);
        }
        return false;
    }

    @Override
    public void onRemove(Object entity, Object id, Object[] state, String[] names, Type[] types) {
        if (audited(entity)) {
            Map<String, Map<String, Object>> changes = new LinkedHashMap<>();
            for (int i = 0; i < names.length; i++) {
                Object before = render(names[i], state[i], types[i]);
                if (before != null && !NOISE.contains(names[i])) {
                    changes.put(names[i], change(before, null));
                }
            }
            write(entity, id, "DELETE", changes);
        }
    }

    private static boolean audited(Object entity) {
        return !UNAUDITED.contains(entity.getClass());
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

    private void write(Object entity, Object id, String action, Map<String, Map<String, Object>> changes) {
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
        // the transaction's own connection: Agroal hands the enlisted one out again
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("insert into audit_event (id, at, actor,"
                        + " entity_type, entity_id, action, changes, request_id) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, Ids.next());
            insert.setObject(2, java.time.OffsetDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC));
            insert.setString(3, actor.length() > 64 ? actor.substring(0, 64) : actor);
            insert.setString(4, entity instanceof HibernateProxy p
                    ? p.getHibernateLazyInitializer().getPersistentClass().getSimpleName()
                    : entity.getClass().getSimpleName());
            insert.setString(5, String.valueOf(id));
            insert.setString(6, action);
            insert.setString(7, text);
            insert.setString(8, requestId);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("audit event not written", e);
        }
    }
}

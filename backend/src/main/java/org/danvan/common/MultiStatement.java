package org.danvan.common;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;

/**
 * Several SQL statements sent as one prepared statement, on the transaction's own connection.
 *
 * <p>Both drivers take statements separated by semicolons in one prepared statement, with the
 * parameters numbered across all of them: the PostgreSQL driver sends them together and waits for
 * their answers once, H2 runs them in turn. A write of several rows (a row, its history and its
 * audit event) then costs one round trip instead of one per row. A failure is converted as
 * Hibernate converts its own, so a unique key refused is a constraint violation either way.
 */
public final class MultiStatement {

    private final StringBuilder sql = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    /** Adds a statement with its {@code ?} parameters in order; an Instant is written as UTC. */
    public MultiStatement add(String statement, Object... values) {
        if (!sql.isEmpty()) {
            sql.append(";\n");
        }
        sql.append(statement);
        parameters.addAll(java.util.Arrays.asList(values));
        return this;
    }

    /** Runs the statements in the entity manager's transaction, without flushing its pending changes. */
    public void execute(EntityManager em) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
                for (int i = 0; i < parameters.size(); i++) {
                    bind(statement, i + 1, parameters.get(i));
                }
                statement.execute();
            }
        });
    }

    private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.NULL);
        } else if (value instanceof Instant at) {
            statement.setObject(index, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
        } else if (value instanceof Enum<?> constant) {
            statement.setString(index, constant.name());
        } else {
            statement.setObject(index, value);
        }
    }
}

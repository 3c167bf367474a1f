package org.danvan.common;

import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Several SQL statements sent as one prepared statement, on the transaction's own connection.
 *
 * <p>Both drivers take statements separated by semicolons in one prepared statement, with the
 * parameters numbered across all of them: the PostgreSQL driver sends them together and waits for
 * their answers once, H2 runs them in turn. A write of several rows (a row, its history and its
 * audit event) then costs one round trip instead of one per row. A failure is a
 * {@link PersistenceException} carrying the driver's {@link SQLException}, whose SQL state says
 * what the database refused (class 23: a constraint).
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

    /**
     * Runs the statements on the data source's connection, which inside a transaction is the one
     * enlisted in it: they commit or roll back with everything else the transaction did.
     */
    public void execute(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                bind(statement, i + 1, parameters.get(i));
            }
            statement.execute();
        } catch (SQLException e) {
            throw new PersistenceException("statements refused: " + e.getMessage(), e);
        }
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

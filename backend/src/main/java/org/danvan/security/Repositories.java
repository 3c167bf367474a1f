package org.danvan.security;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Panache queries over the security package's tables. */
final class Repositories {

    private Repositories() {
    }

    @ApplicationScoped
    static class Accounts implements PanacheRepositoryBase<Account, UUID> {
    }

    @ApplicationScoped
    static class Tokens implements PanacheRepositoryBase<ApiToken, UUID> {
    }

    @ApplicationScoped
    static class AuditEvents implements PanacheRepositoryBase<AuditEvent, UUID> {
    }
}

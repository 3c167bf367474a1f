package org.danvan.demo;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * What every demo loader does the same way: read its JSON from the class path, find a demo unit by
 * its code, and load once, remembered by a {@link DemoDataLoad} marker, so that a demo database made
 * by an older build gets what came later and never gets anything twice.
 */
@ApplicationScoped
public class DemoResources {

    private final ObjectMapper json;
    private final EntityManager em;

    public DemoResources(ObjectMapper json, EntityManager em) {
        this.json = json;
        this.em = em;
    }

    /** Whether the load named by {@code marker} ran already; call inside the load's transaction. */
    public boolean loaded(String marker) {
        return em.find(DemoDataLoad.class, marker) != null;
    }

    /** Records that the load named by {@code marker} ran, in the same transaction as the load. */
    public void markLoaded(String marker) {
        em.persist(new DemoDataLoad(marker, Instant.now()));
    }

    /** A demo resource ({@code demo/...} on the class path) read as {@code type}. */
    public <T> T read(String resource, TypeReference<T> type) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing demo resource " + resource);
            }
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable demo resource " + resource, e);
        }
    }

    /** The unit of a demo code, if nobody deleted it. */
    public Optional<UUID> unitId(String code) {
        return em.createQuery("select u.id from OrgUnit u where u.code = :code", UUID.class)
                .setParameter("code", code).getResultStream().findFirst();
    }
}

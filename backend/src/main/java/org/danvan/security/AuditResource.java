package org.danvan.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.danvan.common.PageRequest;
import org.danvan.common.PageView;
import org.danvan.common.QueryParams;
import org.danvan.common.SearchText;
import org.danvan.security.SecurityDtos.AuditEventView;

/** The audit trail, for coordinators and admins. */
@Path("/api/v1/audit-events")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class AuditResource {

    private static final TypeReference<Map<String, Object>> CHANGES = new TypeReference<>() {
    };

    private final Repositories.AuditEvents events;
    private final ObjectMapper json;
    private final Caller caller;

    public AuditResource(Repositories.AuditEvents events, ObjectMapper json, Caller caller) {
        this.events = events;
        this.json = json;
        this.caller = caller;
    }

    @GET
    public PageView<AuditEventView> listAuditEvents(@QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("entityType") String entityType, @QueryParam("entityId") String entityId,
            @QueryParam("actor") String actor, @QueryParam("from") String from, @QueryParam("to") String to) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        // a coordinator of a province reads what the accounts of its reach did (they act only there);
        // what admins, national accounts and the service itself did stays with the national coordinators
        caller.scopePath().ifPresent(reach -> {
            where.add("actor in (select a.username from Account a, OrgUnit u where u.id = a.unitId"
                    + " and u.path like :reach escape '!')");
            params.and("reach", SearchText.startsWithPattern(reach));
        });
        QueryParams.text("entityType", entityType, 64).ifPresent(v -> {
            where.add("entityType = :entityType");
            params.and("entityType", v);
        });
        QueryParams.text("entityId", entityId, 64).ifPresent(v -> {
            where.add("entityId = :entityId");
            params.and("entityId", v);
        });
        QueryParams.text("actor", actor, 64).ifPresent(v -> {
            where.add("actor = :actor");
            params.and("actor", v);
        });
        QueryParams.instant("from", from).ifPresent(v -> {
            where.add("at >= :from");
            params.and("from", v);
        });
        QueryParams.instant("to", to).ifPresent(v -> {
            where.add("at < :to");
            params.and("to", v);
        });
        PageRequest request = PageRequest.of(page, size);
        return request.fetch(events.find(where.isEmpty() ? "1 = 1" : String.join(" and ", where),
                Sort.descending("at").and("id", Sort.Direction.Descending), params)).map(this::view);
    }

    private AuditEventView view(AuditEvent e) {
        Map<String, Object> changes;
        try {
            changes = json.readValue(e.changes, CHANGES);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("audit event " + e.id + " holds no JSON", ex);
        }
        return new AuditEventView(e.id.toString(), e.at, e.actor, e.entityType, e.entityId, e.action, changes,
                e.requestId);
    }
}

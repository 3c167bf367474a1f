package org.danvan.report;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.danvan.common.PageRequest;
import org.danvan.common.PageView;
import org.danvan.common.QueryParams;
import org.danvan.report.ReportDtos.CalendarEntry;

/** What a unit owes across plans. */
@Authenticated
@Path("/api/v1/org-units/{unitId}/calendar")
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {

    private final ReportService service;

    public CalendarResource(ReportService service) {
        this.service = service;
    }
    @GET
    public PageView<CalendarEntry> getOrgUnitCalendar(@PathParam("unitId") String unitId,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return service.calendar(unitId, QueryParams.date("from", from), QueryParams.date("to", to),
                PageRequest.of(page, size));
    }
}

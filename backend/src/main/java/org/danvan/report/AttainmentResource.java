package org.danvan.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.danvan.common.Messages;
import org.danvan.common.PageRequest;
import org.danvan.export.XlsxDownload;
import org.danvan.common.PageView;
import org.danvan.common.QueryParams;
import org.danvan.report.ReportDtos.AttainmentReport;
import org.danvan.report.ReportDtos.Contribution;
import org.danvan.security.Roles;

/** Target attainment of a plan, and each unit's contribution. */
@RolesAllowed({Roles.COORDINATOR, Roles.LEADER, Roles.ADMIN})
@Path("/api/v1/plans/{planId}/attainment")
@Produces(MediaType.APPLICATION_JSON)
public class AttainmentResource {

    private final ReportService service;
    private final ReportExports exports;

    public AttainmentResource(ReportService service, ReportExports exports) {
        this.service = service;
        this.exports = exports;
    }
    @GET
    public AttainmentReport getPlanAttainment(@PathParam("planId") String planId, @QueryParam("year") String year,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return service.attainment(planId, QueryParams.integer("year", year, 1945, 2200), Messages.choose(language));
    }

    @GET
    @Path("{targetId}/units")
    public PageView<Contribution> listTargetContributions(@PathParam("planId") String planId,
            @PathParam("targetId") String targetId, @QueryParam("year") String year,
            @QueryParam("hasData") String hasData, @QueryParam("page") String page, @QueryParam("size") String size) {
        return service.contributions(planId, targetId, QueryParams.integer("year", year, 1945, 2200),
                QueryParams.bool("hasData", hasData), PageRequest.of(page, size));
    }

    @GET
    @Path("export")
    @Produces({XlsxDownload.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    public Response exportPlanAttainment(@PathParam("planId") String planId, @QueryParam("year") String year,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return XlsxDownload.of(exports.attainment(planId, QueryParams.integer("year", year, 1945, 2200),
                Messages.choose(language)));
    }

    @GET
    @Path("{targetId}/units/export")
    @Produces({XlsxDownload.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    public Response exportTargetContributions(@PathParam("planId") String planId,
            @PathParam("targetId") String targetId, @QueryParam("year") String year,
            @QueryParam("hasData") String hasData, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return XlsxDownload.of(exports.contributions(planId, targetId, QueryParams.integer("year", year, 1945, 2200),
                QueryParams.bool("hasData", hasData), Messages.choose(language)));
    }
}

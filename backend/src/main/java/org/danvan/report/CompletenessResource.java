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
import org.danvan.report.ReportDtos.CompletenessReport;
import org.danvan.report.ReportDtos.PeriodUnit;
import org.danvan.report.ReportDtos.UnitReportStatus;
import org.danvan.security.Roles;

/** Completeness and timeliness of a plan, and the units behind each figure. */
@RolesAllowed({Roles.COORDINATOR, Roles.LEADER, Roles.ADMIN})
@Path("/api/v1/plans/{planId}/completeness")
@Produces(MediaType.APPLICATION_JSON)
public class CompletenessResource {

    private final ReportService service;
    private final ReportExports exports;

    public CompletenessResource(ReportService service, ReportExports exports) {
        this.service = service;
        this.exports = exports;
    }
    @GET
    public CompletenessReport getPlanCompleteness(@PathParam("planId") String planId,
            @QueryParam("obligationId") String obligationId, @QueryParam("periodId") String periodId) {
        return service.completeness(planId, QueryParams.id(obligationId), QueryParams.id(periodId));
    }

    @GET
    @Path("{periodId}/units")
    public PageView<PeriodUnit> listPeriodUnits(@PathParam("planId") String planId,
            @PathParam("periodId") String periodId, @QueryParam("status") String status,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return service.periodUnits(planId, periodId, QueryParams.enumeration("status", status, UnitReportStatus.class),
                PageRequest.of(page, size));
    }

    @GET
    @Path("export")
    @Produces({XlsxDownload.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    public Response exportPlanCompleteness(@PathParam("planId") String planId,
            @QueryParam("obligationId") String obligationId, @QueryParam("periodId") String periodId,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return XlsxDownload.of(exports.completeness(planId, QueryParams.id(obligationId), QueryParams.id(periodId),
                Messages.choose(language)));
    }

    @GET
    @Path("{periodId}/units/export")
    @Produces({XlsxDownload.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    public Response exportPeriodUnits(@PathParam("planId") String planId, @PathParam("periodId") String periodId,
            @QueryParam("status") String status, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return XlsxDownload.of(exports.periodUnits(planId, periodId,
                QueryParams.enumeration("status", status, UnitReportStatus.class), Messages.choose(language)));
    }
}

package org.danvan.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.danvan.report.ReportDtos.RebuildResult;
import org.danvan.security.Roles;

/** The kept report figures. */
@RolesAllowed(Roles.ADMIN)
@Path("/api/v1/figures")
@Produces(MediaType.APPLICATION_JSON)
public class FigureResource {

    private final ReportService service;

    public FigureResource(ReportService service) {
        this.service = service;
    }
    @POST
    @Path("rebuild")
    public RebuildResult rebuildFigures() {
        return service.rebuildFigures();
    }
}

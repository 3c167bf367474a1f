package org.danvan.assessment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.danvan.assessment.AssessmentDtos.RatedUnit;
import org.danvan.assessment.AssessmentDtos.RatingDistribution;
import org.danvan.common.PageRequest;
import org.danvan.common.PageView;
import org.danvan.common.Problems;
import org.danvan.common.QueryParams;
import org.danvan.orgunit.OrgUnitKind;
import org.danvan.security.Roles;

/** The rating distribution of a year and the units behind it: a report, for coordinators, leaders and the admin. */
@RolesAllowed({Roles.COORDINATOR, Roles.LEADER, Roles.ADMIN})
@Path("/api/v1/ratings")
@Produces(MediaType.APPLICATION_JSON)
public class RatingResource {

    private final RatingService service;

    public RatingResource(RatingService service) {
        this.service = service;
    }

    @GET
    public RatingDistribution getRatingDistribution(@QueryParam("year") String year, @QueryParam("kind") String kind,
            @QueryParam("rubricId") String rubricId) {
        return service.distribution(year(year), QueryParams.enumeration("kind", kind, OrgUnitKind.class),
                QueryParams.id(rubricId));
    }

    @GET
    @Path("units")
    public PageView<RatedUnit> listRatedUnits(@QueryParam("year") String year, @QueryParam("kind") String kind,
            @QueryParam("rubricId") String rubricId, @QueryParam("level") String level,
            @QueryParam("eligible") String eligible, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return service.ratedUnits(year(year), QueryParams.enumeration("kind", kind, OrgUnitKind.class),
                QueryParams.id(rubricId), QueryParams.text("level", level, 40), QueryParams.bool("eligible", eligible),
                PageRequest.of(page, size));
    }

    private static int year(String year) {
        return QueryParams.integer("year", year, 1945, 2200)
                .orElseThrow(() -> Problems.invalid("year", "parameter-required"));
    }
}

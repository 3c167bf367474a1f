package org.danvan.model;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.danvan.common.PageRequest;
import org.danvan.common.PageView;
import org.danvan.common.Problems;
import org.danvan.common.QueryParams;
import org.danvan.common.Responses;
import org.danvan.common.SortOrder;
import org.danvan.common.Versions;
import org.danvan.model.ModelDtos.ModelCounts;
import org.danvan.model.ModelDtos.ModelCreate;
import org.danvan.model.ModelDtos.ModelUpdate;
import org.danvan.model.ModelDtos.ModelView;
import org.danvan.model.ModelDtos.RecognitionDto;
import org.danvan.security.Roles;

@Authenticated
@Path("/api/v1/models")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ModelResource {

    private static final Map<String, String> SORTS =
            Map.of("registrationDate", "registrationDate", "name", "name", "startDate", "startDate");

    private final ModelService service;

    public ModelResource(ModelService service) {
        this.service = service;
    }

    @GET
    public PageView<ModelView> listModels(@QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("q") String q, @QueryParam("sort") String sort, @QueryParam("unitId") String unitId,
            @QueryParam("field") String field, @QueryParam("year") String year,
            @QueryParam("recognized") String recognized) {
        var filter = new ModelRepository.Filter(QueryParams.text("q", q, 200), QueryParams.id(unitId),
                QueryParams.enumeration("field", field, ModelField.class), QueryParams.integer("year", year, 1945, 2200),
                QueryParams.bool("recognized", recognized));
        return service.listModels(filter, SortOrder.parse(sort, "-registrationDate", SORTS), PageRequest.of(page, size));
    }

    @RolesAllowed({Roles.REPORTER, Roles.COORDINATOR})
    @POST
    public Response createModel(@Valid @NotNull ModelCreate body, @Context UriInfo uri) {
        ModelView model = service.createModel(body);
        return Responses.created(uri, model.id(), model, model.version());
    }

    @GET
    @Path("counts")
    public ModelCounts countModels(@QueryParam("groupBy") String groupBy, @QueryParam("year") String year) {
        ModelService.GroupBy by = groupBy == null || groupBy.isBlank() ? ModelService.GroupBy.FIELD
                : switch (groupBy.trim()) {
                    case "field" -> ModelService.GroupBy.FIELD;
                    case "unit" -> ModelService.GroupBy.UNIT;
                    case "year" -> ModelService.GroupBy.YEAR;
                    default -> throw Problems.invalid("groupBy", "one-of", "field, unit, year");
                };
        return service.countModels(by, QueryParams.integer("year", year, 1945, 2200));
    }

    @GET
    @Path("{modelId}")
    public Response getModel(@PathParam("modelId") String modelId) {
        ModelView model = service.findModel(modelId).orElseThrow(() -> Problems.notFound("model", modelId));
        return Responses.ok(model, model.version());
    }

    @RolesAllowed({Roles.REPORTER, Roles.COORDINATOR})
    @PUT
    @Path("{modelId}")
    public Response updateModel(@PathParam("modelId") String modelId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ModelUpdate body) {
        ModelView model = service.updateModel(modelId, Versions.fromIfMatch(ifMatch), body);
        return Responses.ok(model, model.version());
    }

    @RolesAllowed({Roles.REPORTER, Roles.COORDINATOR})
    @DELETE
    @Path("{modelId}")
    public void deleteModel(@PathParam("modelId") String modelId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.deleteModel(modelId, Versions.fromIfMatch(ifMatch));
    }

    @RolesAllowed(Roles.COORDINATOR)
    @PUT
    @Path("{modelId}/recognition")
    public Response recordModelRecognition(@PathParam("modelId") String modelId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull RecognitionDto body) {
        ModelView model = service.recordRecognition(modelId, Versions.fromIfMatch(ifMatch), body);
        return Responses.ok(model, model.version());
    }
}

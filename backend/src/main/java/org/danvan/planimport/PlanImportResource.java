package org.danvan.planimport;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import org.danvan.common.Messages;
import org.danvan.common.ProblemException;
import org.danvan.common.Problems;
import org.danvan.security.Roles;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** {@code POST /api/v1/plan-imports}: a plan document in, a draft out, nothing stored. */
@Path("/api/v1/plan-imports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class PlanImportResource {

    private final PlanImportService service;

    public PlanImportResource(PlanImportService service) {
        this.service = service;
    }

    @POST
    @Consumes({MediaType.TEXT_PLAIN, PlanImportService.DOCX})
    public PlanDraft importPlan(byte[] body, HttpHeaders headers) {
        boolean docx = headers.getMediaType() != null && headers.getMediaType().isCompatible(
                MediaType.valueOf(PlanImportService.DOCX));
        return service.importDocument(body, docx, locale(headers));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public PlanDraft importPlanFile(@RestForm("file") FileUpload file, HttpHeaders headers) {
        if (file == null) {
            throw Problems.invalid("file", "file-required");
        }
        byte[] content;
        try {
            if (Files.size(file.uploadedFile()) > Integer.MAX_VALUE - 8) {
                throw new ProblemException(413, "payload-too-large", List.of());
            }
            content = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = file.fileName() == null ? "" : file.fileName().toLowerCase(java.util.Locale.ROOT);
        boolean docx = name.endsWith(".docx") || PlanImportService.DOCX.equals(file.contentType());
        return service.importDocument(content, docx, locale(headers));
    }

    /** Any other media type: 415 with what is accepted. */
    @POST
    @Consumes(MediaType.WILDCARD)
    public PlanDraft importOther(byte[] body) {
        throw new ProblemException(415, "unsupported-media-type", "unsupported-document-type", List.of());
    }

    private static java.util.Locale locale(HttpHeaders headers) {
        return Messages.choose(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }
}

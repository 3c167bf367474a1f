package org.danvan.common;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.StreamSupport;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into an {@code application/problem+json} document, titled in the request's
 * language. Nothing of the server's insides (stack traces, SQL, class names) ever reaches the client.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        List<Violation> violations = e.errors().stream().map(error -> error.render(locale)).toList();
        return respond(e.status(), e.type(), e.detailKey(), locale, uri, violations, e.args());
    }

    /** Not signed in, or credentials that do not sign in (wrong, expired, revoked, locked, disabled). */
    @ServerExceptionMapper({io.quarkus.security.UnauthorizedException.class,
            io.quarkus.security.AuthenticationFailedException.class,
            io.quarkus.security.AuthenticationCompletionException.class})
    public Response unauthorized(RuntimeException e, HttpHeaders headers, UriInfo uri) {
        return Response.fromResponse(respond(401, "unauthorized", locale(headers), uri, List.of()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"danvan\"").build();
    }

    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        return respond(403, "forbidden", locale(headers), uri, List.of());
    }

    @ServerExceptionMapper
    public Response invalidRequest(ResteasyReactiveViolationException e, HttpHeaders headers, UriInfo uri) {
        return invalid(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        boolean returnValue = e.getConstraintViolations().stream().anyMatch(v -> StreamSupport
                .stream(v.getPropertyPath().spliterator(), false).anyMatch(n -> n.getKind() == ElementKind.RETURN_VALUE));
        if (returnValue) {
            return unexpected(e, headers, uri);
        }
        List<Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Violation::field))
                .toList();
        return respond(400, "validation", locale(headers), uri, violations, violations.size());
    }

    // Quarkus maps some Jackson failures itself (as plain JSON); naming them here keeps every answer a problem
    @ServerExceptionMapper
    public Response wrongType(InvalidFormatException e, HttpHeaders headers, UriInfo uri) {
        return unreadable(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, HttpHeaders headers, UriInfo uri) {
        return unreadable(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response unparsable(JsonParseException e, HttpHeaders headers, UriInfo uri) {
        return unreadable(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response undefinable(com.fasterxml.jackson.databind.exc.InvalidDefinitionException e, HttpHeaders headers,
            UriInfo uri) {
        return respond(400, "malformed-body", locale(headers), uri, List.of());
    }

    @ServerExceptionMapper
    public Response unmappable(JsonMappingException e, HttpHeaders headers, UriInfo uri) {
        return unreadable(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = jsonPath(mapping.getPath());
            Violation violation = new Violation(field, Messages.get(locale, "violation.unreadable-value"));
            return respond(400, "validation", locale, uri, List.of(violation), 1);
        }
        return respond(400, "malformed-body", locale, uri, List.of());
    }

    @ServerExceptionMapper
    public Response staleWrite(OptimisticLockException e, HttpHeaders headers, UriInfo uri) {
        return respond(412, "stale-version", locale(headers), uri, List.of());
    }

    @ServerExceptionMapper
    public Response staleState(StaleStateException e, HttpHeaders headers, UriInfo uri) {
        return respond(412, "stale-version", locale(headers), uri, List.of());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadable(unreadable, headers, uri);
        }
        if (status >= 500) {
            return unexpected(e, headers, uri);
        }
        String type = switch (status) {
            case 400 -> "bad-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            default -> "bad-request";
        };
        if (status == 404) {
            return respond(404, type, "not-found.resource", locale(headers), uri, List.of(), uri.getPath());
        }
        return respond(status, type, locale(headers), uri, List.of());
    }

    /**
     * The last resort. A constraint the database enforced (two identical creates racing past the
     * service's own check), whether Hibernate or a plain SQL write met it, is a conflict and a lost
     * optimistic lock a stale write, however deep the transaction machinery wrapped them; anything
     * else is logged and answered without detail.
     */
    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException
                    || cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                            && sql.getSQLState().startsWith("23")) {
                // SQL state class 23 is an integrity constraint: a statement written in plain SQL refused
                return respond(409, "conflict", locale(headers), uri, List.of());
            }
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return respond(412, "stale-version", locale(headers), uri, List.of());
            }
            if (cause instanceof java.io.IOException) {
                // the body broke off or does not parse (a multipart body without its parts): the request's fault
                return respond(400, "malformed-body", locale(headers), uri, List.of());
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        LOG.errorf(e, "Unexpected failure on %s", uri.getPath());
        return respond(500, "internal", locale(headers), uri, List.of());
    }

    private static Response respond(int status, String type, Locale locale, UriInfo uri, List<Violation> violations,
            Object... args) {
        return respond(status, type, type, locale, uri, violations, args);
    }

    private static Response respond(int status, String type, String detailKey, Locale locale, UriInfo uri,
            List<Violation> violations, Object... args) {
        ProblemDocument body = new ProblemDocument(ProblemDocument.TYPE_PREFIX + type,
                Messages.get(locale, "title." + type), status, Messages.get(locale, "detail." + detailKey, args),
                uri.getPath(), violations);
        return Response.status(status).type(ProblemDocument.MEDIA_TYPE).entity(body).build();
    }

    private static Locale locale(HttpHeaders headers) {
        return Messages.choose(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /** {@code createPlan.body.legalBases[2].number} becomes {@code legalBases[2].number}. */
    static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.isInIterable()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.isEmpty() && parameter != null ? parameter : field.toString();
    }

    private static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.toString();
    }
}

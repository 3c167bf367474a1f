package org.danvan.common;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The id of the current request: the client's {@code X-Request-Id} when it is a sensible token,
 * otherwise a new one; echoed in the answer and recorded with every audit event.
 */
@RequestScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    private static final Pattern SENSIBLE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private String id;

    /** The id of the HTTP request being served; empty for work outside one (start-up). */
    public java.util.Optional<String> ofRequest() {
        return java.util.Optional.ofNullable(id);
    }

    void use(String requestId) {
        id = requestId;
    }

    public String current() {
        if (id == null) {
            id = UUID.randomUUID().toString();
        }
        return id;
    }

    /** Reads and echoes the header. */
    public static class Filter {

        private final RequestIds ids;

        public Filter(RequestIds ids) {
            this.ids = ids;
        }

        @ServerRequestFilter(preMatching = true)
        public void read(ContainerRequestContext request) {
            String sent = request.getHeaderString(HEADER);
            // through a method: the injected bean is a client proxy, its fields are not the request's
            ids.use(sent != null && SENSIBLE.matcher(sent).matches() ? sent : UUID.randomUUID().toString());
        }

        @ServerResponseFilter
        public void echo(ContainerResponseContext response) {
            response.getHeaders().putSingle(HEADER, ids.current());
        }
    }
}

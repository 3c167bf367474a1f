package org.danvan.web;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The SPA's own addresses ({@code /plans/…}, {@code /my-unit}) answer its {@code index.html}, so a
 * link or a reload reaches the page; the router in the browser takes it from there. The API, the
 * management endpoints, the sign-in form and every file (a path whose last segment has a dot) are
 * left to their own handlers, so an unknown API path still answers a 404 problem, not a page.
 */
@ApplicationScoped
public class SpaRouting {

    /** Before the static resources handler and the REST layer. */
    static final int ORDER = Integer.MIN_VALUE + 100;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(SpaRouting::route);
    }

    static void route(RoutingContext context) {
        HttpMethod method = context.request().method();
        String path = context.normalizedPath();
        if ((method == HttpMethod.GET || method == HttpMethod.HEAD) && isPageAddress(path)) {
            context.reroute("/index.html");
            return;
        }
        context.next();
    }

    static boolean isPageAddress(String path) {
        if (path == null || path.equals("/") || path.equals("/index.html")) {
            return false;
        }
        if (path.startsWith("/api/") || path.equals("/api") || path.startsWith("/q/") || path.equals("/q")
                || path.startsWith("/j_security_check") || path.startsWith("/assets/")) {
            return false;
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        return !last.contains(".");
    }
}

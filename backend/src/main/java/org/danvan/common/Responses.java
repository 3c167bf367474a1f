package org.danvan.common;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The HTTP shapes resources answer with: 200 with an ETag, 201 with Location and ETag. */
public final class Responses {

    private Responses() {
    }

    public static Response ok(Object body, long version) {
        return Response.ok(body).tag(new EntityTag(String.valueOf(version))).build();
    }

    public static Response created(UriInfo uri, String id, Object body, long version) {
        return Response.created(uri.getAbsolutePathBuilder().path(id).build())
                .entity(body).tag(new EntityTag(String.valueOf(version))).build();
    }
}

package org.danvan.security;

/** Role names for {@code @RolesAllowed}, which needs constants. */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String COORDINATOR = "COORDINATOR";
    public static final String LEADER = "LEADER";
    public static final String REPORTER = "REPORTER";
    public static final String API_CLIENT = "API_CLIENT";

    private Roles() {
    }
}

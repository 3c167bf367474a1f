package org.danvan.security;

/** What an identity may do; see {@link Roles} for the names the resources ask for. */
public enum Role {
    ADMIN,
    COORDINATOR,
    LEADER,
    REPORTER,
    /** Added to an API token's identity besides its account's role. */
    API_CLIENT;

    /** The roles an account can hold (API_CLIENT comes with a token, not an account). */
    public boolean isAccountRole() {
        return this != API_CLIENT;
    }
}

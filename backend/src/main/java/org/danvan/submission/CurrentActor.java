package org.danvan.submission;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Who is acting, for the workflow history. Accounts and sign-in arrive with their own issue; until
 * then every act is recorded as the anonymous caller.
 */
@ApplicationScoped
public class CurrentActor {

    public String name() {
        return "anonymous";
    }
}

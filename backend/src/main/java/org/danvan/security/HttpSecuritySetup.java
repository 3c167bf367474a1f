package org.danvan.security;

import io.quarkus.vertx.http.security.HttpSecurity;
import jakarta.enterprise.event.Observes;
import org.danvan.common.DanvanConfig;

/** HTTP Basic only where {@code danvan.auth.basic-enabled} says so (the demo, the tests). */
public class HttpSecuritySetup {

    void configure(@Observes HttpSecurity http, DanvanConfig config) {
        if (config.auth().basicEnabled()) {
            http.basic();
        }
    }
}

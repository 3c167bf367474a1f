package org.danvan.common;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The product's own settings, under {@code danvan.*} in application.properties. */
@ConfigMapping(prefix = "danvan")
public interface DanvanConfig {

    /** Where the embedded H2 database keeps its files. */
    @WithDefault("./data")
    String dataDir();

    DemoData demoData();

    Uploads uploads();

    Imports imports();

    interface Imports {
        /** The largest plan document {@code POST /api/v1/plan-imports} reads (413 above). */
        @WithDefault("2M")
        MemorySize maxSize();
    }

    Auth auth();

    interface Auth {
        /** Accept HTTP Basic with an account's password (the demo does; production should not). */
        @WithDefault("false")
        boolean basicEnabled();

        /** bcrypt cost of new password hashes. */
        @WithDefault("10")
        int bcryptCost();

        Oidc oidc();

        /** How a single sign-on token's claims become a danvan role and unit. */
        interface Oidc {
            /** The claim naming the role: ADMIN, COORDINATOR, LEADER or REPORTER. */
            @WithDefault("danvan_role")
            String roleClaim();

            /** The claim naming the unit by its code (TN.SNV), required for a reporter. */
            @WithDefault("danvan_unit")
            String unitClaim();
        }

        /** Failed sign-ins in a row that lock an account... */
        @WithDefault("5")
        int maxFailedSignIns();

        /** ...for this long. */
        @WithDefault("PT15M")
        java.time.Duration lockDuration();
    }

    interface Uploads {
        /** The largest evidence file accepted (413 above it). */
        @WithDefault("20M")
        MemorySize maxSize();
    }

    interface DemoData {
        /** Load the demo province and the seed plans into an empty database on start (demo and dev profiles). */
        @WithDefault("false")
        boolean enabled();
    }
}

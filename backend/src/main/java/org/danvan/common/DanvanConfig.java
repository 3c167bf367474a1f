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

package org.danvan.demo;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The application as the demo starts it: the seed plans loaded into a freshly migrated database. */
public class DemoProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("danvan.demo-data.enabled", "true");
    }
}

package org.danvan.submission;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Evidence files of at most 1 KiB, so the size limit is tested with small files. */
public class SmallUploadsProfile implements QuarkusTestProfile {

    static final int LIMIT = 1024;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("danvan.uploads.max-size", "1K");
    }
}

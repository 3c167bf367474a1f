package org.danvan.planimport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The three seed plans copied from shared/plans (text and hand-made expected draft). */
final class SeedPlans {

    static final List<String> NAMES = List.of("tay-ninh-2024-859-KH-UBND", "quang-ngai-2023-van-phong-ubnd-qcdc",
            "tra-vinh-2022-2026-dvcq");

    private SeedPlans() {
    }

    static String text(String name) {
        return resource(name + ".txt");
    }

    static String expected(String name) {
        return resource(name + ".expected.json");
    }

    private static String resource(String file) {
        try (InputStream in = SeedPlans.class.getResourceAsStream("/plans/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource plans/" + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

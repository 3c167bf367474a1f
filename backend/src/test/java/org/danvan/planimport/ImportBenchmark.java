package org.danvan.planimport;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Prints how long a 30 KB plan takes to import once warm, as text and as Word; asserts nothing.
 * Run: {@code mvn -q -pl backend test -Dtest=ImportBenchmark -Ddanvan.bench=true} (README, Benchmark).
 */
@EnabledIfSystemProperty(named = "danvan.bench", matches = "true")
class ImportBenchmark {

    private static final int WARM_UP = 300;
    private static final int RUNS = 300;

    @Test
    void importA30KbPlan() throws Exception {
        String text = thirtyKb();
        byte[] docx = DocxFixtures.paragraphs(text);
        PlanDraftReader reader = new PlanDraftReader(UnitDirectory.NONE);
        long[] textTimes = time(() -> reader.read(text));
        long[] docxTimes = time(() -> reader.read(DocxText.extract(docx)));
        System.out.printf("%nplan import benchmark: %d bytes of text (%d of docx), %d runs after %d warm-up%n",
                text.getBytes(StandardCharsets.UTF_8).length, docx.length, RUNS, WARM_UP);
        print("text", textTimes);
        print("docx", docxTimes);
    }

    /** The Tây Ninh plan with task paragraphs repeated until it weighs 30 KB. */
    static String thirtyKb() {
        String plan = SeedPlans.text("tay-ninh-2024-859-KH-UBND");
        String paragraph = "\n- Tăng cường công tác chỉ đạo, kiểm tra, giám sát việc triển khai thực hiện công tác dân vận"
                + " chính quyền; kịp thời phát hiện, xử lý nghiêm minh những hành vi vi phạm.\n";
        int at = plan.indexOf("III. MỘT SỐ CHỈ TIÊU");
        StringBuilder extra = new StringBuilder();
        while (plan.getBytes(StandardCharsets.UTF_8).length + extra.toString().getBytes(StandardCharsets.UTF_8).length
                < 30 * 1024) {
            extra.append(paragraph);
        }
        return plan.substring(0, at) + extra + plan.substring(at);
    }

    interface Work {
        Object run() throws Exception;
    }

    private static long[] time(Work work) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            work.run();
        }
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.run();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static void print(String label, long[] sorted) {
        System.out.printf("  %s: median %.2f ms, p95 %.2f ms, max %.2f ms%n", label, sorted[sorted.length / 2] / 1e6,
                sorted[(int) (sorted.length * 0.95)] / 1e6, sorted[sorted.length - 1] / 1e6);
    }
}

package org.danvan.rubric;

import static org.danvan.common.Api.createId;
import static org.danvan.common.Api.unit;
import static org.danvan.plan.PlanFixtures.unique;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Rubric bodies for tests: a small tree of 20 points with a criterion communes do not have. */
public final class RubricFixtures {

    public static final String RUBRICS = "/api/v1/rubrics";
    public static final String RUBRIC = RUBRICS + "/{rubricId}";

    private RubricFixtures() {
    }

    /** A province to issue rubrics, made by the admin. */
    public static String issuer() {
        return createId("/api/v1/org-units", unit(unique("UBND tỉnh Thử nghiệm"), "PROVINCE", null));
    }

    /**
     * I (10) = I.1 (6) + I.2 (4, not for communes); II (10) = II.1 (10, 8 for public service units).
     * A bonus of up to 5 for a model, timeliness deductions, the NĐ 335/2025 bands.
     */
    public static Map<String, Object> rubricBody(String issuerId) {
        var body = new HashMap<String, Object>();
        body.put("name", unique("Bảng điểm đánh giá công tác dân vận chính quyền"));
        body.put("decisionNumber", "908/QĐ-UBND");
        body.put("decisionDate", "2023-05-12");
        body.put("issuerUnitId", issuerId);
        body.put("validFromYear", 2023);
        body.put("criteria", new ArrayList<>(List.of(
                Map.of("code", "I", "title", "Công tác lãnh đạo, chỉ đạo", "maxPoints", 10),
                Map.of("code", "I.1", "parentCode", "I", "title", "Ban hành kế hoạch thực hiện", "maxPoints", 6,
                        "evidence", "Kế hoạch của đơn vị"),
                Map.of("code", "I.2", "parentCode", "I", "title", "Kiểm tra việc thực hiện Quy chế dân chủ",
                        "maxPoints", 4, "notApplicableTo", List.of("COMMUNE")),
                Map.of("code", "II", "title", "Kết quả thực hiện", "maxPoints", 10),
                Map.of("code", "II.1", "parentCode", "II", "title", "Xây dựng mô hình Dân vận khéo", "maxPoints", 10,
                        "kindMaxima", List.of(Map.of("kind", "PUBLIC_SERVICE_UNIT", "maxPoints", 8))))));
        body.put("bonusRules", List.of(Map.of("code", "MO_HINH",
                "description", "Mô hình Dân vận khéo được công nhận cấp tỉnh", "maxPoints", 5)));
        body.put("bonusCap", 5);
        body.put("deductionRules", List.of(
                Map.of("code", "TRE_HAN", "description", "Mỗi báo cáo gửi trễ hạn", "basis", "LATE_REPORT",
                        "pointsEach", 0.5, "maxPoints", 2),
                Map.of("code", "KHONG_GUI", "description", "Mỗi báo cáo không gửi", "basis", "MISSING_REPORT",
                        "pointsEach", 2)));
        body.put("deductionCap", 3);
        body.put("bandPreset", "ND_335_2025");
        return body;
    }
}

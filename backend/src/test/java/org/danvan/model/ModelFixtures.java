package org.danvan.model;

import static org.danvan.common.Api.api;
import static org.danvan.common.Api.createId;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.danvan.plan.PlanFixtures;

/** What the model tests build through the API (every response checked against the contract). */
final class ModelFixtures {

    static final String MODELS = "/api/v1/models";
    static final String MODEL = MODELS + "/{modelId}";
    static final String RECOGNITION = MODEL + "/recognition";
    static final String COUNTS = MODELS + "/counts";

    /** Years no other test registers in, one per caller, so counts of a year are exactly a test's own. */
    private static final AtomicInteger YEARS = new AtomicInteger(1950 + (int) Math.floorMod(System.nanoTime(), 20L));

    private ModelFixtures() {
    }

    static int freshYear() {
        return YEARS.getAndIncrement();
    }

    /** A registration of {@code unitId} in {@code field}, registered on the 15 March of {@code year}. */
    static Map<String, Object> body(String unitId, String field, int year) {
        var body = new HashMap<String, Object>();
        body.put("unitId", unitId);
        body.put("name", PlanFixtures.unique("Dân vận khéo trong vận động hiến đất làm đường giao thông"));
        body.put("field", field);
        body.put("goals", "Vận động nhân dân hiến đất, góp công làm 5 km đường giao thông nông thôn.");
        body.put("beneficiaries", "Nhân dân ấp Tân Định");
        body.put("startDate", year + "-02-01");
        body.put("endDate", year + "-12-31");
        body.put("registrationDate", year + "-03-15");
        return body;
    }

    /** The content of a PUT: the create body without its references. */
    static Map<String, Object> update(Map<String, Object> created) {
        var body = new HashMap<>(created);
        body.remove("unitId");
        body.remove("planId");
        body.remove("periodId");
        return body;
    }

    static String create(String unitId, String field, int year) {
        return createId(MODELS, body(unitId, field, year));
    }

    static Map<String, Object> recognition(String level, String decisionDate) {
        return Map.of("level", level, "decisionNumber", "1520/QĐ-UBND", "decisionDate", decisionDate);
    }

    static String etag(String modelId) {
        return api().when().get(MODEL, modelId).then().statusCode(200).extract().header("ETag");
    }

    /** Records a recognition as the coordinator. */
    static void recognise(String modelId, String level, String decisionDate) {
        api().header("If-Match", etag(modelId)).body(recognition(level, decisionDate)).when()
                .put(RECOGNITION, modelId).then().statusCode(200);
    }

    /** A MODEL_REGISTRATION obligation of the plan for the group, due on {@code dueDate} with grace days. */
    static String registrationObligation(String planId, String groupId, String dueDate, int graceDays) {
        var body = new HashMap<String, Object>();
        body.put("kind", "MODEL_REGISTRATION");
        body.put("title", PlanFixtures.unique("Đăng ký mô hình \"Dân vận khéo\""));
        body.put("groupId", groupId);
        body.put("dueDate", dueDate);
        body.put("graceDays", graceDays);
        return createId("/api/v1/plans/{planId}/obligations", body, planId);
    }
}

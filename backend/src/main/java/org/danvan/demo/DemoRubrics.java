package org.danvan.demo;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.danvan.common.DanvanConfig;
import org.danvan.rubric.RubricDtos.RubricWrite;
import org.danvan.rubric.RubricService;
import org.jboss.logging.Logger;

/**
 * The SAMPLE scoring rubric of the demo ({@code demo/rubrics/sample-908.json}), issued by the demo
 * province, loaded once through the service the API uses, after the province exists.
 */
@ApplicationScoped
public class DemoRubrics {

    static final String MARKER = "sample-rubric-908";
    static final String FILE = "demo/rubrics/sample-908.json";
    private static final Logger LOG = Logger.getLogger(DemoRubrics.class);

    private final ObjectMapper json;
    private final DemoResources demo;
    private final RubricService rubrics;
    private final boolean enabled;

    public DemoRubrics(ObjectMapper json, DemoResources demo, RubricService rubrics, DanvanConfig config) {
        this.json = json;
        this.demo = demo;
        this.rubrics = rubrics;
        this.enabled = config.demoData().enabled();
    }

    /** After {@link DemoDataLoader} (default priority), which makes the issuing province. */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent event) {
        if (enabled) {
            loadOnce();
        }
    }

    @Transactional
    public void loadOnce() {
        if (demo.loaded(MARKER)) {
            return;
        }
        JsonNode sample = demo.read(FILE, new TypeReference<JsonNode>() { });
        String issuerCode = sample.path("issuerCode").asText();
        UUID issuer = demo.unitId(issuerCode).orElseThrow(() -> new IllegalStateException("The sample rubric names an unknown unit " + issuerCode));
        ObjectNode body = (ObjectNode) sample.path("rubric");
        body.put("issuerUnitId", issuer.toString());
        String id = rubrics.createRubric(json.convertValue(body, RubricWrite.class)).id();
        if (sample.path("freeze").asBoolean()) {
            rubrics.freezeRubric(id);
        }
        demo.markLoaded(MARKER);
        LOG.infof("Demo sample rubric loaded: %s", id);
    }
}

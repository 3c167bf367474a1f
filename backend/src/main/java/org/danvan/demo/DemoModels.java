package org.danvan.demo;

import com.fasterxml.jackson.core.type.TypeReference;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.danvan.common.DanvanConfig;
import org.danvan.model.ModelDtos.ModelCreate;
import org.danvan.model.ModelDtos.OutcomeDto;
import org.danvan.model.ModelDtos.RecognitionDto;
import org.danvan.model.ModelField;
import org.danvan.model.ModelService;
import org.jboss.logging.Logger;

/**
 * The "Dân vận khéo" models of a few Tây Ninh units ({@code demo/models.json}), loaded once after
 * the units (this observer runs after {@link DemoDataLoader}'s), through the service the API uses.
 * Its own marker brings them also into a demo database made before the registry existed.
 */
@ApplicationScoped
public class DemoModels {

    static final String MARKER = "dan-van-kheo-models";
    private static final Logger LOG = Logger.getLogger(DemoModels.class);

    /** One line of {@code demo/models.json}. */
    record Row(String unitCode, ModelField field, String name, String goals, String beneficiaries,
            LocalDate startDate, LocalDate endDate, LocalDate registrationDate, OutcomeDto outcome,
            RecognitionDto recognition) {
    }

    private final DemoResources demo;
    private final ModelService models;
    private final boolean enabled;

    public DemoModels(DemoResources demo, ModelService models, DanvanConfig config) {
        this.demo = demo;
        this.models = models;
        this.enabled = config.demoData().enabled();
    }

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
        int made = 0;
        for (Row row : demo.read("demo/models.json", new TypeReference<List<Row>>() { })) {
            Optional<UUID> unit = demo.unitId(row.unitCode());
            if (unit.isEmpty()) {
                // a demo unit someone deleted stays deleted
                LOG.warnf("Demo model skipped: no unit %s", row.unitCode());
                continue;
            }
            var created = models.createModel(new ModelCreate(unit.get().toString(), null, null, row.name(),
                    row.field(), row.goals(), row.beneficiaries(), row.startDate(), row.endDate(),
                    row.registrationDate(), row.outcome()));
            if (row.recognition() != null) {
                models.recordRecognition(created.id(), created.version(), row.recognition());
            }
            made++;
        }
        demo.markLoaded(MARKER);
        LOG.infof("Demo \"Dân vận khéo\" models loaded: %d", made);
    }
}

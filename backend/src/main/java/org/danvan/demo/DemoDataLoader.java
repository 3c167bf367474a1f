package org.danvan.demo;

import com.fasterxml.jackson.core.type.TypeReference;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.danvan.common.DanvanConfig;
import org.danvan.orgunit.OrgUnitDtos.HeadcountDto;
import org.danvan.orgunit.OrgUnitDtos.OrgUnitView;
import org.danvan.orgunit.OrgUnitDtos.OrgUnitWrite;
import org.danvan.orgunit.OrgUnitDtos.UnitGroupWrite;
import org.danvan.orgunit.OrgUnitService;
import org.danvan.orgunit.UnitGroupService;
import org.danvan.plan.ObligationService;
import org.danvan.plan.PlanDtos.MeasureDto;
import org.danvan.plan.PlanDtos.ObligationWrite;
import org.danvan.plan.PlanDtos.PlanTaskWrite;
import org.danvan.plan.PlanDtos.PlanWrite;
import org.danvan.plan.PlanDtos.PopulationDto;
import org.danvan.plan.PlanDtos.TargetWrite;
import org.danvan.plan.PlanService;
import org.danvan.plan.PlanStatus;
import org.danvan.plan.PlanTaskService;
import org.danvan.plan.TargetService;
import org.jboss.logging.Logger;

/**
 * Loads the demo province and the three seed plans on the first start of the demo profile, through
 * the services the API uses. A marker row makes it happen once: deleted demo rows stay deleted.
 */
@ApplicationScoped
public class DemoDataLoader {

    static final String MARKER = "seed-plans-2025-map";
    static final String ACCOUNTS_MARKER = "demo-accounts";
    private static final long SEED = 20240325L;
    static final List<String> PLAN_FILES = List.of("tay-ninh-2024-859-KH-UBND.json", "tra-vinh-2022-2026-dvcq.json",
            "quang-ngai-2023-van-phong-ubnd-qcdc.json");
    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);

    private final DemoResources demo;
    private final OrgUnitService units;
    private final UnitGroupService groups;
    private final PlanService plans;
    private final PlanTaskService tasks;
    private final TargetService targets;
    private final ObligationService obligations;
    private final DemoSubmissions history;
    private final DemoAccounts accounts;
    private final DemoTasks taskProgress;
    private final boolean enabled;

    public DemoDataLoader(DemoResources demo, OrgUnitService units, UnitGroupService groups,
            PlanService plans, PlanTaskService tasks, TargetService targets, ObligationService obligations,
            DemoSubmissions history, DemoTasks taskProgress, DemoAccounts accounts, DanvanConfig config) {
        this.accounts = accounts;
        this.demo = demo;
        this.units = units;
        this.groups = groups;
        this.plans = plans;
        this.tasks = tasks;
        this.targets = targets;
        this.obligations = obligations;
        this.history = history;
        this.taskProgress = taskProgress;
        this.enabled = config.demoData().enabled();
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            loadOnce();
        }
    }

    @Transactional
    @TransactionConfiguration(timeout = DemoResources.LOAD_TIMEOUT_SECONDS)
    public void loadOnce() {
        if (demo.loaded(MARKER)) {
            loadAccountsOnce();
            return;
        }
        Map<String, String> unitIds = loadUnits();
        Map<String, String> groupIds = loadGroups(unitIds);
        Random random = new Random(SEED);
        for (String file : PLAN_FILES) {
            DemoData.Plan plan = demo.read("demo/plans/" + file, new TypeReference<DemoData.Plan>() { });
            String planId = loadPlan(plan, unitIds, groupIds);
            history.writeHistory(planId, random);
            if (plan.status() == PlanStatus.ISSUED) {
                taskProgress.writeProgress(planId, plan.periodStart(), random);
            }
        }
        demo.markLoaded(MARKER);
        LOG.infof("Demo data loaded: %d units, %d groups, %d plans", unitIds.size(), groupIds.size(), PLAN_FILES.size());
        loadAccountsOnce();
    }

    /** The demo accounts, also into a demo database made before accounts existed. */
    private void loadAccountsOnce() {
        if (!demo.loaded(ACCOUNTS_MARKER)) {
            int made = accounts.create();
            demo.markLoaded(ACCOUNTS_MARKER);
            LOG.infof("Demo accounts created: %d (password %s)", made, DemoAccounts.PASSWORD);
        }
    }

    private Map<String, String> loadUnits() {
        List<DemoData.Unit> rows = demo.read("demo/org-units.json", new TypeReference<List<DemoData.Unit>>() { });
        Map<String, String> ids = new HashMap<>();
        for (DemoData.Unit row : rows) {
            ids.put(row.code(), units.createOrgUnit(unitWrite(row, ids, null)).id());
        }
        // successors may come later in the file than the units merged into them
        for (DemoData.Unit row : rows) {
            if (row.successorCode() != null) {
                OrgUnitView unit = units.findOrgUnit(ids.get(row.code())).orElseThrow();
                units.updateOrgUnit(unit.id(), unit.version(), unitWrite(row, ids, ids.get(row.successorCode())));
            }
        }
        return ids;
    }

    private static OrgUnitWrite unitWrite(DemoData.Unit row, Map<String, String> ids, String successorId) {
        List<HeadcountDto> headcounts = row.headcounts() == null ? List.of()
                : row.headcounts().stream().map(h -> new HeadcountDto(h.year(), h.officials())).toList();
        return new OrgUnitWrite(row.code(), row.name(), row.kind(), code(ids, row.parentCode()), row.validFrom(),
                row.validTo(), successorId, headcounts);
    }

    private Map<String, String> loadGroups(Map<String, String> unitIds) {
        Map<String, String> ids = new HashMap<>();
        for (DemoData.Group row : demo.read("demo/unit-groups.json", new TypeReference<List<DemoData.Group>>() { })) {
            Set<String> members = row.memberCodes() == null ? Set.of()
                    : row.memberCodes().stream().map(c -> code(unitIds, c)).collect(Collectors.toCollection(LinkedHashSet::new));
            var write = new UnitGroupWrite(row.code(), row.name(), row.kinds() == null ? Set.of() : Set.copyOf(row.kinds()),
                    code(unitIds, row.scopeCode()), members);
            ids.put(row.code(), groups.createUnitGroup(write).id());
        }
        return ids;
    }

    private String loadPlan(DemoData.Plan row, Map<String, String> unitIds, Map<String, String> groupIds) {
        var write = new PlanWrite(row.number(), row.symbol(), code(unitIds, row.issuerCode()), row.title(),
                row.issuePlace(), row.issueDate(), row.periodStart(), row.periodEnd(), row.implementsText(),
                row.legalBases(), row.purposes(), row.signer(), row.recipients(), null, null, null, null);
        String planId = plans.createPlan(write).id();
        for (DemoData.Task task : row.tasks()) {
            tasks.createTask(planId, new PlanTaskWrite(task.ordinal(), task.content(), task.directedBy(),
                    codes(unitIds, task.leadUnitCodes()), codes(unitIds, task.coordinatingUnitCodes()), task.leadText(),
                    task.coordinatingText(), task.timeFrame(), task.section(), codes(groupIds, task.leadGroupCodes()),
                    codes(groupIds, task.coordinatingGroupCodes())));
        }
        Map<String, String> obligationIds = new HashMap<>();
        for (DemoData.Obligation obligation : row.obligations()) {
            var created = obligations.createObligation(planId, new ObligationWrite(obligation.kind(), obligation.title(),
                    code(groupIds, obligation.groupCode()), obligation.dueDate(), obligation.dueMonthDay(),
                    obligation.graceDays(), obligation.sourcePhrase(), obligation.recipient()));
            obligationIds.put(obligation.key(), created.id());
        }
        for (DemoData.Target target : row.targets()) {
            var measure = target.measure();
            targets.createTarget(planId, new TargetWrite(target.ordinal(), target.statement(), target.comparator(),
                    target.thresholdPercent(),
                    new PopulationDto(code(groupIds, target.population().groupCode()), target.population().basis()),
                    new MeasureDto(measure.kind(), code(obligationIds, measure.obligationKey()), measure.minimumRating()), null, null));
        }
        if (row.status() == PlanStatus.ISSUED || row.status() == PlanStatus.CLOSED) {
            plans.issuePlan(planId);
        }
        if (row.status() == PlanStatus.CLOSED) {
            plans.closePlan(planId);
        }
        return planId;
    }

    private static String code(Map<String, String> ids, String code) {
        if (code == null) {
            return null;
        }
        String id = ids.get(code);
        if (id == null) {
            throw new IllegalStateException("Demo data names an unknown code: " + code);
        }
        return id;
    }

    private static Set<String> codes(Map<String, String> ids, List<String> codes) {
        return codes == null ? Set.of()
                : codes.stream().map(c -> code(ids, c)).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}

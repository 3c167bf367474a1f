package org.danvan.demo;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.danvan.orgunit.OrgUnitKind;
import org.danvan.plan.Comparator;
import org.danvan.plan.MeasureKind;
import org.danvan.plan.ObligationKind;
import org.danvan.plan.PlanDtos.LegalReferenceDto;
import org.danvan.plan.PlanDtos.SignerDto;
import org.danvan.plan.PlanDtos.TimeFrameDto;
import org.danvan.plan.PlanStatus;
import org.danvan.plan.TaskSection;
import org.danvan.plan.PopulationBasis;

/** The files under {@code resources/demo}: the API's write shapes with codes in place of ids (see its README). */
final class DemoData {

    private DemoData() {
    }

    record Headcount(int year, int officials) {
    }

    record Unit(String code, String name, OrgUnitKind kind, String parentCode, LocalDate validFrom, LocalDate validTo,
            String successorCode, List<Headcount> headcounts) {
    }

    record Group(String code, String name, List<OrgUnitKind> kinds, String scopeCode, List<String> memberCodes) {
    }

    record Task(String ordinal, String content, String directedBy, List<String> leadUnitCodes,
            List<String> coordinatingUnitCodes, String leadText, String coordinatingText, TimeFrameDto timeFrame,
            TaskSection section, List<String> leadGroupCodes, List<String> coordinatingGroupCodes) {
    }

    record Obligation(String key, ObligationKind kind, String title, String groupCode, LocalDate dueDate,
            String dueMonthDay, Integer graceDays, String sourcePhrase, String recipient) {
    }

    record Population(String groupCode, PopulationBasis basis) {
    }

    record Measure(MeasureKind kind, String obligationKey, String minimumRating) {
    }

    record Target(String ordinal, String statement, Comparator comparator, BigDecimal thresholdPercent,
            Population population, Measure measure) {
    }

    record Plan(String issuerCode, Integer number, String symbol, String title, String issuePlace, LocalDate issueDate,
            int periodStart, int periodEnd, @JsonProperty("implements") String implementsText,
            List<LegalReferenceDto> legalBases, List<String> purposes, SignerDto signer, List<String> recipients,
            PlanStatus status, List<Task> tasks, List<Obligation> obligations, List<Target> targets) {
    }
}

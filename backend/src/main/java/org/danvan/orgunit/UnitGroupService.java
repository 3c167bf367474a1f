package org.danvan.orgunit;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.danvan.common.ChangeEvents.GroupChanged;
import org.danvan.common.FieldError;
import org.danvan.common.Ids;
import org.danvan.common.PageRequest;
import org.danvan.common.PageView;
import org.danvan.common.Problems;
import org.danvan.common.Versions;
import org.danvan.security.Caller;
import org.danvan.orgunit.OrgUnitDtos.OrgUnitView;
import org.danvan.orgunit.OrgUnitDtos.UnitGroupView;
import org.danvan.orgunit.OrgUnitDtos.UnitGroupWrite;

@ApplicationScoped
public class UnitGroupService {

    private final UnitGroupRepository groups;
    private final OrgUnitService units;
    private final Clock clock;
    private final Event<GroupChanged> changed;
    private final Caller caller;

    public UnitGroupService(UnitGroupRepository groups, OrgUnitService units, Clock clock,
            Event<GroupChanged> changed, Caller caller) {
        this.caller = caller;
        this.groups = groups;
        this.units = units;
        this.clock = clock;
        this.changed = changed;
    }

    public PageView<UnitGroupView> listUnitGroups(Optional<String> q, Sort sort, PageRequest page) {
        return page.fetch(groups.search(q, sort)).map(UnitGroupView::of);
    }

    public Optional<UnitGroupView> findUnitGroup(String id) {
        return Ids.parse(id).flatMap(groups::findByIdOptional).map(UnitGroupView::of);
    }

    /** The group's members on {@code day} (today in Vietnam when empty), by name. */
    public PageView<OrgUnitView> listMembers(String groupId, Optional<LocalDate> day, PageRequest page) {
        UnitGroup group = load(groupId);
        return page.fetch(groups.members(group, day.orElseGet(() -> LocalDate.now(clock)))).map(OrgUnitView::of);
    }

    /** Whether {@code unit} belongs to {@code group} on {@code day}. */
    public boolean isMember(UnitGroup group, OrgUnit unit, LocalDate day) {
        return group.includes(unit, day);
    }

    @Transactional
    public UnitGroupView createUnitGroup(UnitGroupWrite write) {
        UnitGroup group = new UnitGroup();
        apply(group, write);
        groups.persistAndFlush(group);
        return UnitGroupView.of(group);
    }

    @Transactional
    public UnitGroupView updateUnitGroup(String id, long expectedVersion, UnitGroupWrite write) {
        UnitGroup group = load(id);
        caller.requireReach(group.scope);
        Versions.check(expectedVersion, group.version);
        apply(group, write);
        groups.flush();
        changed.fire(new GroupChanged(group.id));
        return UnitGroupView.of(group);
    }

    @Transactional
    public void deleteUnitGroup(String id, long expectedVersion) {
        UnitGroup group = load(id);
        caller.requireReach(group.scope);
        Versions.check(expectedVersion, group.version);
        try {
            groups.delete(group);
            groups.flush();
        } catch (PersistenceException e) {
            throw Problems.conflict("unit-group-in-use", group.name);
        }
    }

    /** Resolves a group named by a request body; an unknown id is a 400 on that field. */
    public UnitGroup reference(String field, String id, List<FieldError> errors) {
        Optional<UnitGroup> group = Ids.parse(id).flatMap(groups::findByIdOptional);
        if (group.isEmpty()) {
            errors.add(new FieldError(field, "unknown-unit-group", id));
        }
        return group.orElse(null);
    }

    UnitGroup load(String id) {
        return Ids.parse(id).flatMap(groups::findByIdOptional).orElseThrow(() -> Problems.notFound("unit-group", id));
    }

    private void apply(UnitGroup group, UnitGroupWrite write) {
        List<FieldError> errors = new ArrayList<>();
        String code = write.code() == null || write.code().isBlank() ? null : write.code().trim();
        if (code != null && groups.existsByCode(code, group.id)) {
            throw Problems.conflict("duplicate-code", code);
        }
        Set<OrgUnitKind> kinds = write.kinds() == null || write.kinds().isEmpty()
                ? EnumSet.noneOf(OrgUnitKind.class) : EnumSet.copyOf(write.kinds());
        Set<String> memberIds = write.memberIds() == null ? Set.of() : write.memberIds();
        OrgUnit scope = units.reference("scopeUnitId", write.scopeUnitId(), errors);
        // groups are read by all; a coordinator changes those of its reach (one without a scope is national)
        if (write.scopeUnitId() == null || scope != null) {
            caller.requireReach(scope);
        }
        if (!kinds.isEmpty() && write.scopeUnitId() == null) {
            errors.add(new FieldError("scopeUnitId", "scope-required"));
        }
        if (kinds.isEmpty() && memberIds.isEmpty()) {
            errors.add(new FieldError("kinds", "group-empty"));
        }
        List<OrgUnit> members = new ArrayList<>();
        for (String memberId : memberIds) {
            OrgUnit member = units.reference("memberIds", memberId, errors);
            if (member != null) {
                members.add(member);
            }
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        group.code = code;
        group.name = write.name().trim();
        group.kinds.clear();
        group.kinds.addAll(kinds);
        group.scope = scope;
        group.members.clear();
        group.members.addAll(members);
    }
}

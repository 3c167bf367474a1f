package org.danvan.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.danvan.common.Ids;
import org.danvan.orgunit.OrgUnit;
import org.danvan.orgunit.UnitGroup;

/** A content item of a plan (nội dung, nhiệm vụ): who directs, leads and coordinates it, and by when. */
@Entity
@Table(name = "plan_task")
public class PlanTask {

    @Id
    public UUID id = Ids.next();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    public Plan plan;

    /** Document order; new tasks go last. */
    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String ordinal;

    @Column(nullable = false)
    public String content;

    public String directedBy;

    @ManyToMany
    @JoinTable(name = "plan_task_lead_unit", joinColumns = @JoinColumn(name = "task_id"),
            inverseJoinColumns = @JoinColumn(name = "unit_id"))
    @OrderColumn(name = "position")
    public List<OrgUnit> leadUnits = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "plan_task_coordinating_unit", joinColumns = @JoinColumn(name = "task_id"),
            inverseJoinColumns = @JoinColumn(name = "unit_id"))
    @OrderColumn(name = "position")
    public List<OrgUnit> coordinatingUnits = new ArrayList<>();

    /** Groups named as leads ("các sở, ban, ngành"): each member valid on the task's day is a lead. */
    @ManyToMany
    @JoinTable(name = "plan_task_lead_group", joinColumns = @JoinColumn(name = "task_id"),
            inverseJoinColumns = @JoinColumn(name = "group_id"))
    @OrderColumn(name = "position")
    public List<UnitGroup> leadGroups = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "plan_task_coordinating_group", joinColumns = @JoinColumn(name = "task_id"),
            inverseJoinColumns = @JoinColumn(name = "group_id"))
    @OrderColumn(name = "position")
    public List<UnitGroup> coordinatingGroups = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TaskSection section = TaskSection.TASK;

    public String leadText;

    public String coordinatingText;

    @Enumerated(EnumType.STRING)
    @Column(name = "time_frame_kind", nullable = false)
    public TimeFrameKind timeFrameKind;

    @Column(name = "time_frame_due_date")
    public LocalDate timeFrameDueDate;

    @Column(name = "time_frame_text")
    public String timeFrameText;

    @Version
    public long version;
}

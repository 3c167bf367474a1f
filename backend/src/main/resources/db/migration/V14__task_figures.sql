-- Tasks carried out (issue 16, point 4): the kept task figures. One row per task, counted from its
-- assignments in the transaction of each change (report.TaskFigureKeeper observes AssignmentsChanged
-- and recounts the task's rows with one grouped query), rebuilt by POST /figures/rebuild. Behind
-- schedule depends on today, so it is not kept: the reader derives it from these counts and the
-- task's due date.
create table task_figure (
    task_id                 uuid primary key references plan_task (id) on delete cascade,
    plan_id                 uuid not null references plan (id) on delete cascade,
    assignments             bigint default 0 not null,
    -- assignments in the LEAD role: the deciding units when there is one, else all assignments decide
    leads                   bigint default 0 not null,
    not_started             bigint default 0 not null,
    in_progress             bigint default 0 not null,
    done                    bigint default 0 not null,
    done_late               bigint default 0 not null,
    not_done                bigint default 0 not null,
    -- no update from the unit yet (updated_by null)
    not_updated             bigint default 0 not null,
    awaiting_review         bigint default 0 not null,
    returned                bigint default 0 not null,
    accepted                bigint default 0 not null,
    deciding                bigint default 0 not null,
    -- deciding units DONE or DONE_LATE and ACCEPTED; of those, DONE (on time)
    deciding_done_accepted  bigint default 0 not null,
    deciding_done_on_time   bigint default 0 not null
);
create index task_figure_plan_idx on task_figure (plan_id);

-- Serves the task's grouped recount (every column it reads, so PostgreSQL can answer from the index
-- alone) and the first units of a task with no update yet (task_id, updated_by null, then role and
-- unit in index order).
create index task_assignment_progress_idx on task_assignment (task_id, updated_by, role, unit_id, status, review_status);

-- The tasks saved before this migration have assignments but no figures: ask the service to rebuild
-- the kept figures from the rows at its next start (report.FiguresOnStart), once.
insert into figure_rebuild_request (id) values ('V14 task figures');

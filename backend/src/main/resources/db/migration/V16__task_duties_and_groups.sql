-- Tasks carried out (issue 16, steps 1, 2 and 6): a task may name unit groups ("các sở, ban, ngành")
-- as lead or coordinating units, expanded to their members into task assignments; the duties the
-- plan's "Tổ chức thực hiện" section gives named units are kept as tasks of the section DUTY.
alter table plan_task add column section varchar(8) default 'TASK' not null;

create table plan_task_lead_group (
    task_id     uuid not null references plan_task (id) on delete cascade,
    position    integer not null,
    group_id    uuid not null references unit_group (id),
    primary key (task_id, position)
);
create index plan_task_lead_group_idx on plan_task_lead_group (group_id);

create table plan_task_coordinating_group (
    task_id     uuid not null references plan_task (id) on delete cascade,
    position    integer not null,
    group_id    uuid not null references unit_group (id),
    primary key (task_id, position)
);
create index plan_task_coordinating_group_idx on plan_task_coordinating_group (group_id);

-- Tasks carried out (issue 16, step 1): each lead and each coordinating unit of a task becomes a task
-- assignment with its due date (null for a continuous task, reported at each report period; 31/12 of
-- the plan's last year for the whole period) and where it stands. Only NOT_STARTED is set so far.
create table task_assignment (
    id          uuid primary key,
    -- the task's plan, so a plan's assignments are listed without a join
    plan_id     uuid not null references plan (id) on delete cascade,
    task_id     uuid not null references plan_task (id) on delete cascade,
    unit_id     uuid not null references org_unit (id),
    role        varchar(16) not null,
    due_date    date,
    status      varchar(16) not null,
    version     bigint not null,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    constraint task_assignment_unique unique (task_id, unit_id, role),
    constraint task_assignment_role check (role in ('LEAD', 'COORDINATING')),
    constraint task_assignment_status check (status in ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'DONE_LATE', 'NOT_DONE'))
);
-- listing by task is served by the unique constraint's index (task_id first)
create index task_assignment_unit_idx on task_assignment (unit_id, due_date);
create index task_assignment_plan_idx on task_assignment (plan_id, unit_id);

-- The tasks saved before this migration have no assignments yet, and which unit takes over a merged
-- one is worked out by the service (task.AssignmentExpansion): ask it to expand every task at its
-- next start (task.AssignmentsOnStart), once.
create table task_assignment_request (
    id varchar(64) primary key,
    requested_at timestamp default current_timestamp not null
);
insert into task_assignment_request (id) values ('V11 task assignments');

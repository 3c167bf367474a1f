-- Tasks carried out (issue 16, step 3): the units record their progress on their task assignments
-- (what was done, the day it was done, why it was not done, who wrote it last), and every change is
-- kept in the assignment's history, oldest first.
alter table task_assignment add column result varchar(20000);
alter table task_assignment add column done_on date;
alter table task_assignment add column not_done_reason varchar(2000);
alter table task_assignment add column updated_by varchar(200);

create table task_assignment_change (
    id            uuid primary key,
    assignment_id uuid not null references task_assignment (id) on delete cascade,
    from_status   varchar(16) not null,
    to_status     varchar(16) not null,
    result        varchar(20000),
    done_on       date,
    reason        varchar(2000),
    actor         varchar(200) not null,
    at            timestamp with time zone not null
);
create index task_assignment_change_idx on task_assignment_change (assignment_id, at);

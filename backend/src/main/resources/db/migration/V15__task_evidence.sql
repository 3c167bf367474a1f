-- Tasks carried out (issue 16): a unit attaches evidence files to its task assignment, stored as
-- submission attachments are (bytes in the database, same limits and types), and each file added or
-- removed is a row of the assignment's history, its status unchanged.
create table task_evidence_file (
    id              uuid primary key,
    assignment_id   uuid not null references task_assignment (id) on delete cascade,
    file_name       varchar(255) not null,
    media_type      varchar(120) not null,
    size_bytes      bigint not null,
    sha256          varchar(64) not null,
    content         bytea not null,
    created_at      timestamp with time zone not null
);
create index task_evidence_file_idx on task_evidence_file (assignment_id, created_at);

-- a history row about a file (kind FILE_ADDED or FILE_REMOVED, V13) names the file by id and name
-- (no reference: a removed file's row stays); null on other rows
alter table task_assignment_change add column file_id uuid;
alter table task_assignment_change add column file_name varchar(255);

-- a unit's tasks across plans are read through task_assignment_unit_idx (unit_id, due_date)

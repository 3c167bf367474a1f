-- Submissions, their workflow history and evidence; who owes each period; the kept report figures.

-- Spreads the hot counter rows of a national deadline day: each unit adds to one of 16 rows.
alter table org_unit add column shard integer default 0 not null;

alter table target add column verdict_met boolean;
alter table target add column verdict_reason varchar(2000);
alter table target add column verdict_recorded_at timestamp with time zone;

create table submission (
    id                  uuid primary key,
    plan_id             uuid not null references plan (id) on delete cascade,
    obligation_id       uuid not null references obligation (id) on delete cascade,
    period_id           uuid not null references obligation_period (id) on delete cascade,
    unit_id             uuid not null references org_unit (id),
    status              varchar(16) not null,
    results             varchar(50000),
    shortcomings        varchar(50000),
    causes              varchar(50000),
    directions          varchar(50000),
    recommendations     varchar(50000),
    document_number     varchar(60),
    document_date       date,
    first_submitted_at  timestamp with time zone,
    -- the day of the first submission in Vietnam, which decides timeliness
    first_submitted_day date,
    submitted_at        timestamp with time zone,
    accepted_at         timestamp with time zone,
    version             bigint not null,
    created_at          timestamp with time zone not null,
    updated_at          timestamp with time zone not null,
    constraint submission_unique unique (period_id, unit_id)
);
create index submission_unit_idx on submission (unit_id);
create index submission_status_idx on submission (status, updated_at);
create index submission_plan_idx on submission (plan_id);
create index submission_obligation_idx on submission (obligation_id);

create table submission_value (
    submission_id   uuid not null references submission (id) on delete cascade,
    target_id       uuid not null references target (id) on delete cascade,
    numerator       bigint not null,
    denominator     bigint not null,
    primary key (submission_id, target_id),
    constraint submission_value_ratio check (numerator >= 0 and denominator >= numerator)
);

create table submission_transition (
    id              uuid primary key,
    submission_id   uuid not null references submission (id) on delete cascade,
    from_status     varchar(16),
    to_status       varchar(16) not null,
    actor           varchar(200) not null,
    at              timestamp with time zone not null,
    reason          varchar(2000)
);
create index submission_transition_idx on submission_transition (submission_id, at);

create table submission_attachment (
    id              uuid primary key,
    submission_id   uuid not null references submission (id) on delete cascade,
    file_name       varchar(255) not null,
    media_type      varchar(120) not null,
    size_bytes      bigint not null,
    sha256          varchar(64) not null,
    content         bytea not null,
    created_at      timestamp with time zone not null
);
create index submission_attachment_idx on submission_attachment (submission_id, created_at);

create table idempotency_record (
    idempotency_key varchar(200) primary key,
    request_hash    varchar(64) not null,
    submission_id   uuid not null,
    created_at      timestamp with time zone not null
);

-- Who owes each period (the group resolved on the due date), with where the unit stands:
-- the rows behind every completeness figure.
create table assignment (
    period_id           uuid not null references obligation_period (id) on delete cascade,
    -- a unit that owes periods is in use: deleting it is refused
    unit_id             uuid not null references org_unit (id),
    unit_kind           varchar(32) not null,
    shard               integer not null,
    -- the effective due date (an extension counted) and the last day still on time (plus grace days)
    due_date            date not null,
    deadline            date not null,
    submission_id       uuid,
    status              varchar(16) not null,
    first_submitted_at  timestamp with time zone,
    -- the day of the first submission in Vietnam, compared with the deadline
    first_submitted_day date,
    timeliness          varchar(8),
    primary key (period_id, unit_id)
);
create index assignment_status_idx on assignment (period_id, status);
create index assignment_unit_idx on assignment (unit_id, due_date);

-- The 16 counter rows of every period and target: a grid to join with, so zero rows exist too.
create table figure_shard (
    shard integer primary key
);
insert into figure_shard (shard) values (0), (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12), (13), (14), (15);

create table period_figure (
    period_id   uuid not null references obligation_period (id) on delete cascade,
    shard       integer not null,
    expected    bigint not null,
    submitted   bigint not null,
    accepted    bigint not null,
    returned    bigint not null,
    on_time     bigint not null,
    late        bigint not null,
    primary key (period_id, shard)
);

create table target_figure (
    target_id   uuid not null references target (id) on delete cascade,
    period_id   uuid not null references obligation_period (id) on delete cascade,
    unit_kind   varchar(32) not null,
    shard       integer not null,
    numerator   bigint not null,
    denominator bigint not null,
    primary key (target_id, period_id, unit_kind, shard)
);

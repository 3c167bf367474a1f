-- The plan model: units, groups, plans, tasks, targets, obligations and their periods.
-- Written once for H2 and PostgreSQL: portable types only (uuid, varchar, integer, bigint, date,
-- timestamp with time zone, numeric, boolean).

create table org_unit (
    id              uuid primary key,
    code            varchar(64),
    name            varchar(300) not null,
    kind            varchar(32)  not null,
    parent_id       uuid references org_unit (id),
    -- '/<root id>/.../<own id>/': descendants of X are the rows whose path starts with X's path
    path            varchar(4000) not null,
    valid_from      date,
    valid_to        date,
    successor_id    uuid references org_unit (id),
    search_text     varchar(700) not null,
    version         bigint not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    constraint org_unit_code_unique unique (code),
    constraint org_unit_validity check (valid_to is null or valid_from is null or valid_to >= valid_from)
);
create index org_unit_parent_idx on org_unit (parent_id);
create index org_unit_successor_idx on org_unit (successor_id);
create index org_unit_kind_idx on org_unit (kind);
create index org_unit_path_idx on org_unit (path);
create index org_unit_name_idx on org_unit (name);

create table org_unit_headcount (
    unit_id     uuid not null references org_unit (id) on delete cascade,
    headcount_year  integer not null,
    officials       integer not null,
    primary key (unit_id, headcount_year)
);

create table unit_group (
    id              uuid primary key,
    code            varchar(64),
    name            varchar(300) not null,
    scope_unit_id   uuid references org_unit (id),
    search_text     varchar(700) not null,
    version         bigint not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    constraint unit_group_code_unique unique (code)
);

create table unit_group_kind (
    group_id    uuid not null references unit_group (id) on delete cascade,
    kind        varchar(32) not null,
    primary key (group_id, kind)
);

create table unit_group_member (
    group_id    uuid not null references unit_group (id) on delete cascade,
    unit_id     uuid not null references org_unit (id),
    primary key (group_id, unit_id)
);
create index unit_group_member_unit_idx on unit_group_member (unit_id);

create table plan (
    id              uuid primary key,
    doc_number      integer,
    symbol          varchar(60),
    -- identity is (issuer, number, symbol, year): numbers restart every 1 January
    identity_year   integer not null,
    issuer_id       uuid not null references org_unit (id),
    title           varchar(1000) not null,
    issue_place     varchar(100),
    issue_date      date,
    period_start    integer not null,
    period_end      integer not null,
    implements_text varchar(1000),
    signer_name     varchar(200),
    signer_position varchar(200),
    signer_capacity varchar(8),
    parent_plan_id  uuid references plan (id),
    status          varchar(16) not null,
    search_text     varchar(2500) not null,
    version         bigint not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    constraint plan_identity_unique unique (issuer_id, doc_number, symbol, identity_year),
    constraint plan_period check (period_end >= period_start)
);
create index plan_issuer_idx on plan (issuer_id);
create index plan_period_idx on plan (period_start, period_end);
create index plan_parent_idx on plan (parent_plan_id);

create table plan_legal_basis (
    plan_id         uuid not null references plan (id) on delete cascade,
    position        integer not null,
    type            varchar(32) not null,
    doc_number      varchar(100) not null,
    doc_date        date,
    issuing_body    varchar(300),
    title           varchar(2000),
    primary key (plan_id, position)
);

create table plan_purpose (
    plan_id     uuid not null references plan (id) on delete cascade,
    position    integer not null,
    text        varchar(5000) not null,
    primary key (plan_id, position)
);

create table plan_recipient (
    plan_id     uuid not null references plan (id) on delete cascade,
    position    integer not null,
    text        varchar(300) not null,
    primary key (plan_id, position)
);

create table plan_task (
    id                  uuid primary key,
    plan_id             uuid not null references plan (id) on delete cascade,
    position            integer not null,
    ordinal             varchar(20) not null,
    content             varchar(20000) not null,
    directed_by         varchar(500),
    lead_text           varchar(2000),
    coordinating_text   varchar(2000),
    time_frame_kind     varchar(16) not null,
    time_frame_due_date date,
    time_frame_text     varchar(300),
    version             bigint not null
);
create index plan_task_plan_idx on plan_task (plan_id, position);

create table plan_task_lead_unit (
    task_id     uuid not null references plan_task (id) on delete cascade,
    position    integer not null,
    unit_id     uuid not null references org_unit (id),
    primary key (task_id, position)
);
create index plan_task_lead_unit_idx on plan_task_lead_unit (unit_id);

create table plan_task_coordinating_unit (
    task_id     uuid not null references plan_task (id) on delete cascade,
    position    integer not null,
    unit_id     uuid not null references org_unit (id),
    primary key (task_id, position)
);
create index plan_task_coordinating_unit_idx on plan_task_coordinating_unit (unit_id);

create table obligation (
    id              uuid primary key,
    plan_id         uuid not null references plan (id) on delete cascade,
    kind            varchar(32) not null,
    title           varchar(500) not null,
    group_id        uuid not null references unit_group (id),
    due_date        date,
    due_month_day   varchar(7),
    grace_days      integer not null,
    source_phrase   varchar(500),
    recipient       varchar(300),
    version         bigint not null,
    constraint obligation_schedule check ((due_date is null) <> (due_month_day is null))
);
create index obligation_plan_idx on obligation (plan_id);
create index obligation_group_idx on obligation (group_id);

create table obligation_period (
    id              uuid primary key,
    obligation_id   uuid not null references obligation (id) on delete cascade,
    period_year     integer not null,
    due_date        date not null,
    constraint obligation_period_unique unique (obligation_id, period_year, due_date)
);

create table obligation_extension (
    id              uuid primary key,
    obligation_id   uuid not null references obligation (id) on delete cascade,
    period_id       uuid not null references obligation_period (id) on delete cascade,
    unit_id         uuid not null references org_unit (id),
    due_date        date not null,
    reason          varchar(2000) not null,
    version         bigint not null,
    constraint obligation_extension_unique unique (period_id, unit_id)
);
create index obligation_extension_unit_idx on obligation_extension (unit_id);

create table target (
    id                  uuid primary key,
    plan_id             uuid not null references plan (id) on delete cascade,
    position            integer not null,
    ordinal             varchar(20) not null,
    statement           varchar(5000) not null,
    comparator          varchar(8),
    threshold_percent   numeric(5, 2),
    group_id            uuid not null references unit_group (id),
    basis               varchar(16) not null,
    measure_kind        varchar(16) not null,
    obligation_id       uuid references obligation (id),
    minimum_rating      varchar(40),
    version             bigint not null
);
create index target_plan_idx on target (plan_id, position);
create index target_obligation_idx on target (obligation_id);

-- Marks that the demo data was loaded once, so deleting demo rows does not bring them back.
create table demo_data_load (
    name        varchar(100) primary key,
    loaded_at   timestamp with time zone not null
);

-- "Dân vận khéo" models registered by units, their outcome and recognition.

create table dv_model (
    id                   uuid primary key,
    unit_id              uuid not null references org_unit (id),
    -- the plan and period stay optional references: deleting either keeps the model
    plan_id              uuid references plan (id) on delete set null,
    period_id            uuid references obligation_period (id) on delete set null,
    name                 varchar(500) not null,
    field                varchar(32) not null,
    goals                varchar(20000),
    beneficiaries        varchar(5000),
    start_date           date not null,
    end_date             date,
    registration_date    date not null,
    registration_year    integer not null,
    outcome_description  varchar(20000),
    outcome_results      varchar(5000),
    outcome_reported_on  date,
    recognition_level    varchar(16),
    decision_number      varchar(60),
    decision_date        date,
    search_text          varchar(30000) not null,
    version              bigint not null,
    created_at           timestamp with time zone not null,
    updated_at           timestamp with time zone not null
);
create index dv_model_unit_idx on dv_model (unit_id);
create index dv_model_year_idx on dv_model (registration_year, field);
create index dv_model_period_idx on dv_model (period_id);
create index dv_model_plan_idx on dv_model (plan_id);

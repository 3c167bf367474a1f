-- Assessments (tự chấm điểm, thẩm định, xếp loại): one per unit, rubric and year. The self and
-- appraised scores per criterion are one JSON document, scored as a whole on the rubric's content;
-- the final rating is kept in columns, since the rating reports and RATING targets count it in SQL.
create table assessment (
    id                    uuid primary key,
    unit_id               uuid not null references org_unit (id),
    rubric_id             uuid not null references rubric (id),
    assessment_year       integer not null,
    -- the SELF_ASSESSMENT period the assessment answers and the submission made for it: a linked
    -- submission cannot be deleted on its own (the assessment moves it)
    period_id             uuid references obligation_period (id),
    submission_id         uuid references submission (id),
    status                varchar(16) not null,
    eligible              boolean not null,
    ineligibility_reason  varchar(2000),
    self_note             varchar(4000),
    appraisal_note        varchar(4000),
    scores                varchar(1000000) not null,
    bonuses               varchar(100000) not null,
    submitted_at          timestamp with time zone,
    appraised_at          timestamp with time zone,
    -- the final rating, set by finalize and cleared by reopen
    late_reports          integer,
    missing_reports       integer,
    final_total           numeric(9, 2),
    final_percent         numeric(5, 2),
    rating_code           varchar(40),
    rating_label_vi       varchar(200),
    rating_label_en       varchar(200),
    -- the level's place in its rubric's bands, 0 the highest: "at or above a level" in SQL
    rating_rank           integer,
    decision_number       varchar(100),
    decision_date         date,
    finalized_at          timestamp with time zone,
    version               bigint not null,
    created_at            timestamp with time zone not null,
    updated_at            timestamp with time zone not null,
    constraint assessment_unit_rubric_year_unique unique (unit_id, rubric_id, assessment_year)
);
create index assessment_year_status_idx on assessment (assessment_year, status, rubric_id);
create index assessment_rubric_idx on assessment (rubric_id);
create index assessment_period_idx on assessment (period_id);
create index assessment_submission_idx on assessment (submission_id);

create table assessment_transition (
    id              uuid primary key,
    assessment_id   uuid not null references assessment (id) on delete cascade,
    from_status     varchar(16),
    to_status       varchar(16) not null,
    actor           varchar(200) not null,
    at              timestamp with time zone not null,
    reason          varchar(2000)
);
create index assessment_transition_idx on assessment_transition (assessment_id, at);

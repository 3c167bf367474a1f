-- Scoring rubrics (bảng điểm): the decision that issued them, their version within a line of
-- versions, DRAFT or FROZEN. The criteria tree, bonus and deduction rules and rating bands are one
-- JSON document: validated, frozen, copied and scored as a whole, and never queried piece by piece.
create table rubric (
    id                  uuid primary key,
    -- the first version's id, shared by every later version
    family_id           uuid not null,
    version_number      integer not null,
    previous_version_id uuid references rubric (id),
    name                varchar(500) not null,
    decision_number     varchar(100) not null,
    decision_date       date,
    issuer_unit_id      uuid not null references org_unit (id),
    valid_from_year     integer not null,
    valid_to_year       integer,
    status              varchar(16) not null,
    frozen_at           timestamp with time zone,
    content             varchar(1000000) not null,
    search_text         varchar(700) not null,
    version             bigint not null,
    created_at          timestamp with time zone not null,
    updated_at          timestamp with time zone not null,
    constraint rubric_family_version_unique unique (family_id, version_number)
);
create index rubric_issuer_idx on rubric (issuer_unit_id);
create index rubric_validity_idx on rubric (valid_from_year, version_number);

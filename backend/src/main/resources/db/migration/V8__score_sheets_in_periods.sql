-- A score sheet belongs to its plan's SELF_ASSESSMENT period (issue 15, part 4).

-- Evidence files on a sheet's criterion rows: each file is an attachment of the sheet's submission
-- (same storage, limits and types as report attachments); the row names the criterion it backs.
create table assessment_evidence_file (
    attachment_id   uuid primary key references submission_attachment (id) on delete cascade,
    assessment_id   uuid not null references assessment (id) on delete cascade,
    criterion_code  varchar(30) not null
);
create index assessment_evidence_file_idx on assessment_evidence_file (assessment_id, criterion_code);

-- Sheets made before a period was required move to the SELF_ASSESSMENT period of their year that
-- their unit owes (an assignment row: in the group and valid on the due date), the earliest due
-- first, skipping a period another sheet of the unit already answers. Of a unit's sheets of one year
-- without a period, only the oldest moves: the subqueries of an UPDATE see the table as it was
-- before the statement, so two such sheets (on two rubrics) would both take the same period. Sheets
-- with no such period, and the younger ones of a pair (orphans), are kept as they are, period_id
-- null: readable, rated as before, counted in no period; the API shows them with periodId null and
-- they take no evidence files.
update assessment set period_id = (
    select a.period_id from assignment a
    join obligation_period p on p.id = a.period_id
    join obligation o on o.id = p.obligation_id
    where a.unit_id = assessment.unit_id and o.kind = 'SELF_ASSESSMENT' and p.period_year = assessment.assessment_year
      and not exists (select 1 from assessment b where b.period_id = a.period_id and b.unit_id = assessment.unit_id)
    order by p.due_date, p.id
    fetch first 1 rows only)
where period_id is null
  and not exists (select 1 from assessment c
                  where c.unit_id = assessment.unit_id and c.assessment_year = assessment.assessment_year
                    and c.period_id is null and c.id <> assessment.id
                    and (c.created_at < assessment.created_at
                         or (c.created_at = assessment.created_at and c.id < assessment.id)));

-- ... and take over the unit's submission to that period, when it has one no other sheet holds.
-- States are not rewritten here: the kept figures follow the submissions, and the next move of
-- either side brings the other along.
update assessment set submission_id = (
    select s.id from submission s where s.period_id = assessment.period_id and s.unit_id = assessment.unit_id)
where submission_id is null and period_id is not null
  and not exists (select 1 from assessment b join submission s on s.id = b.submission_id
                  where s.period_id = assessment.period_id and s.unit_id = assessment.unit_id);

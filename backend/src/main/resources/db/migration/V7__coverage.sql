-- Every figure says what it covers (issue 15, part 3).
-- A target says whether the units of its population without data count in its denominator, and
-- whether it may be MET while some of them have none.
alter table target add column missing_data varchar(32) default 'COUNT_AS_NOT_MET' not null;
alter table target add column allow_met_on_partial_data boolean default false not null;

-- The kept target counters also count the units behind them: the population's units, those with
-- data (an accepted submission, carrying a value for a REPORTED target), and for the units without
-- data their officials of the period's year (org_unit_headcount) and how many of them have no headcount.
alter table target_figure add column units bigint default 0 not null;
alter table target_figure add column units_with_data bigint default 0 not null;
alter table target_figure add column officials_without_data bigint default 0 not null;
alter table target_figure add column units_without_headcount bigint default 0 not null;

-- The new counters start at 0 on a database that already holds submissions: ask the service to
-- rebuild the kept figures from the rows at its next start (report.FiguresOnStart), once.
create table figure_rebuild_request (
    id varchar(64) primary key,
    requested_at timestamp default current_timestamp not null
);
insert into figure_rebuild_request (id) values ('V7 coverage counters');

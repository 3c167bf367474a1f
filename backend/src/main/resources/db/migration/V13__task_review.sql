-- Tasks carried out (issue 16, review): a coordinator returns a unit's task update with a reason or
-- accepts it. review_status is null while the unit has sent no update, AWAITING_REVIEW after each
-- update, then RETURNED or ACCEPTED; the history tells updates from review steps by kind.
alter table task_assignment add column review_status varchar(16);
alter table task_assignment add column review_reason varchar(2000);
alter table task_assignment add column reviewed_by varchar(200);
alter table task_assignment add column reviewed_at timestamp with time zone;
alter table task_assignment add constraint task_assignment_review
    check (review_status in ('AWAITING_REVIEW', 'RETURNED', 'ACCEPTED'));

alter table task_assignment_change add column kind varchar(16) default 'UPDATE' not null;
alter table task_assignment_change add constraint task_assignment_change_kind
    check (kind in ('UPDATE', 'RETURN', 'ACCEPT', 'FILE_ADDED', 'FILE_REMOVED'));

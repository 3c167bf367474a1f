-- The task figures' bench data (bench/task-progress): a national plan of 20 tasks given to 50,000
-- units (:units), seeded with bulk SQL on a schema Flyway made. Units: a root, 34 provinces, the rest
-- under them. Tasks: 12 dated (6 already past on the bench's today), 4 for the whole period, 4 continuous;
-- the first 2 name a lead unit per province (34 leads), the others have every unit coordinating.
-- Assignments: every unit on every task, statuses and review states spread by a hash of the unit.
\set ON_ERROR_STOP on
begin;
create temporary table b_unit as
select gen_random_uuid() as id, n, case when n = 0 then 'PROVINCE' when n <= 34 then 'PROVINCE' else 'COMMUNE' end as kind
from generate_series(0, :units - 1) n;
create index on b_unit (n);

insert into org_unit (id, code, name, kind, parent_id, path, search_text, version, created_at, updated_at, shard)
select id, 'BENCH-T-' || n, 'Cả nước (bench)', 'PROVINCE', null, '/' || id || '/', 'ca nuoc bench', 0, now(), now(), 0
from b_unit where n = 0;
insert into org_unit (id, code, name, kind, parent_id, path, search_text, version, created_at, updated_at, shard)
select u.id, 'BENCH-T-' || u.n, 'Tỉnh ' || u.n || ' (bench)', 'PROVINCE', r.id, '/' || r.id || '/' || u.id || '/',
       'tinh ' || u.n || ' bench', 0, now(), now(), u.n % 16
from b_unit u cross join (select id from b_unit where n = 0) r where u.n between 1 and 34;
insert into org_unit (id, code, name, kind, parent_id, path, search_text, version, created_at, updated_at, shard)
select u.id, 'BENCH-T-' || u.n, 'Xã Tân Đông ' || u.n || ' (bench)', 'COMMUNE', p.id,
       '/' || r.id || '/' || p.id || '/' || u.id || '/', 'xa tan dong ' || u.n || ' bench', 0, now(), now(), u.n % 16
from b_unit u join b_unit p on p.n = 1 + (u.n % 34) cross join (select id from b_unit where n = 0) r where u.n > 34;

create temporary table b_plan as select gen_random_uuid() as id;
insert into plan (id, doc_number, symbol, identity_year, issuer_id, title, issue_place, issue_date, period_start,
                  period_end, status, search_text, version, created_at, updated_at)
select p.id, 200, 'KH-BENCH-T', 2022, r.id, 'Kế hoạch thực hiện nhiệm vụ dân vận chính quyền 2022-2026 (bench)',
       'Hà Nội', date '2022-01-15', 2022, 2026, 'ISSUED', 'ke hoach bench nhiem vu', 0, now(), now()
from b_plan p cross join (select id from b_unit where n = 0) r;

create temporary table b_task as
select gen_random_uuid() as id, t,
       case when t <= 12 then 'BY_DATE' when t <= 16 then 'WHOLE_PERIOD' else 'CONTINUOUS' end as kind,
       case when t <= 6 then date '2024-06-30' + (t * 30) when t <= 12 then date '2026-06-30' + (t * 30) end as due
from generate_series(1, 20) t;
insert into plan_task (id, plan_id, position, ordinal, content, time_frame_kind, time_frame_due_date, version)
select t.id, p.id, t.t, 'II.' || t.t,
       'Nhiệm vụ ' || t.t || ': tổ chức đối thoại trực tiếp giữa người đứng đầu chính quyền với Nhân dân (bench)',
       t.kind, t.due, 0
from b_task t cross join b_plan p;
insert into plan_task_lead_unit (task_id, position, unit_id)
select t.id, u.n, u.id from b_task t join b_unit u on u.n between 1 and 34 where t.t <= 2;

insert into task_assignment (id, plan_id, task_id, unit_id, role, due_date, status, version, created_at, updated_at,
                             updated_by, done_on, review_status)
select gen_random_uuid(), p.id, t.id, u.id,
       case when t.t <= 2 and u.n between 1 and 34 then 'LEAD' else 'COORDINATING' end,
       case when t.kind = 'WHOLE_PERIOD' then date '2026-12-31' else t.due end,
       s.status, 0, now(), now(),
       case when s.status = 'NOT_STARTED' and h % 2 = 0 then null else 'bench' end,
       case when s.status in ('DONE', 'DONE_LATE') then date '2024-05-01' end,
       case when s.status = 'NOT_STARTED' and h % 2 = 0 then null
            when h % 5 = 0 then 'ACCEPTED' when h % 5 = 1 then 'RETURNED' else 'AWAITING_REVIEW' end
from b_task t cross join b_unit u cross join b_plan p
cross join lateral (select abs(hashtext(u.id::text || t.t)) as h) hh
cross join lateral (select case h % 10 when 0 then 'NOT_STARTED' when 1 then 'NOT_STARTED' when 2 then 'NOT_STARTED'
                                        when 3 then 'IN_PROGRESS' when 4 then 'IN_PROGRESS' when 5 then 'DONE'
                                        when 6 then 'DONE' when 7 then 'DONE_LATE' when 8 then 'NOT_DONE'
                                        else 'DONE' end as status) s
where u.n > 0;

-- the accounts the bench reads as, with API tokens (only their SHA-256 is stored): a national
-- coordinator (the kept rows) and one reaching province 1 (counted from the rows)
insert into account (id, username, display_name, password_hash, role, enabled, failed_sign_ins, search_text, version,
                     created_at, updated_at, reach_unit_id)
values (gen_random_uuid(), 'bench-t-admin', 'bench-t-admin', '!no-password', 'ADMIN', true, 0, 'bench-t-admin', 0, now(), now(), null),
       (gen_random_uuid(), 'bench-t-national', 'bench-t-national', '!no-password', 'COORDINATOR', true, 0, 'bench-t-national', 0, now(), now(), null),
       (gen_random_uuid(), 'bench-t-province', 'bench-t-province', '!no-password', 'COORDINATOR', true, 0, 'bench-t-province', 0, now(), now(),
        (select id from b_unit where n = 1));
insert into api_token (id, account_id, name, prefix, token_hash, expires_at, created_at)
select gen_random_uuid(), a.id, 'bench task progress', substr('dvt_' || a.username || '-token', 1, 8),
       encode(sha256(convert_to('dvt_' || a.username || '-token', 'UTF8')), 'hex'), now() + interval '1 year', now()
from account a where a.username like 'bench-t-%';
commit;
select (select id from b_plan) as plan_id, (select count(*) from task_assignment) as assignments;

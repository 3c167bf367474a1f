-- Tasks carried out (issue 16, point 4): the task progress of a caller who reaches part of a plan's
-- units (a province's coordinator on a national plan, a reporter) is counted from the rows of the
-- units in view. Those rows are found unit by unit (the plan, then each unit of the reach); this index
-- holds every column the grouped count and the naming of the units with no update read, so PostgreSQL
-- answers both from the index alone instead of fetching 20 scattered rows per unit from the table.
-- It starts with the columns of task_assignment_plan_idx (plan, unit), which it replaces.
create index task_assignment_plan_unit_idx on task_assignment (plan_id, unit_id, task_id, role, status, review_status, updated_by);
drop index task_assignment_plan_idx;

package org.danvan.plan;

/**
 * Where a plan gives a task: its content (TASK: Nội dung, nhiệm vụ) or its "Tổ chức thực hiện"
 * section (DUTY: what a named unit is charged with, such as Sở Nội vụ aggregating and scoring).
 */
public enum TaskSection {
    TASK, DUTY
}

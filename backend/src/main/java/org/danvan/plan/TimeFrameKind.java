package org.danvan.plan;

/**
 * Thường xuyên, cả năm / cả giai đoạn, trước ngày ..., trong tháng 6/2023, trong Quý II/2024. A month
 * or a quarter is due on its last day, which the task keeps as its due date.
 */
public enum TimeFrameKind {
    CONTINUOUS,
    WHOLE_PERIOD,
    BY_DATE,
    BY_MONTH,
    BY_QUARTER
}

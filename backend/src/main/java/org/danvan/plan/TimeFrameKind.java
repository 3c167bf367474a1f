package org.danvan.plan;

/** Thường xuyên, cả năm / cả giai đoạn, trước ngày ... */
public enum TimeFrameKind {
    CONTINUOUS,
    WHOLE_PERIOD,
    BY_DATE
}

package org.danvan.task;

/** Chủ trì (the lead units, Tham mưu, thực hiện) or phối hợp (the coordinating units). */
public enum AssignmentRole {
    LEAD,
    COORDINATING
}

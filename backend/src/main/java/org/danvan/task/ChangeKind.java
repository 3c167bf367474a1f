package org.danvan.task;

/** What one entry of a task assignment's history records. */
public enum ChangeKind {
    /** The unit recorded its progress. */
    UPDATE,
    /** A coordinator returned the update, with a reason. */
    RETURN,
    /** A coordinator accepted the update. */
    ACCEPT,
    /** The unit attached an evidence file. */
    FILE_ADDED,
    /** The unit removed an evidence file. */
    FILE_REMOVED
}

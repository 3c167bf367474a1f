package org.danvan.task;

/** What a history row about an evidence file records: the file was added or removed. */
public enum FileAction {
    ADDED,
    DELETED
}

package org.danvan.plan;

/** TM. on behalf of a body, KT. for the head, TL. by order, TUQ. by authorisation, Q. acting (Nghị định 30/2020). */
public enum SigningCapacity {
    TM,
    KT,
    TL,
    TUQ,
    Q
}

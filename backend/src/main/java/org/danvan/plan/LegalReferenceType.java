package org.danvan.plan;

/** The kinds of documents plans cite as their bases (căn cứ). */
public enum LegalReferenceType {
    HIEN_PHAP,
    LUAT,
    PHAP_LENH,
    NGHI_QUYET,
    NGHI_DINH,
    QUYET_DINH,
    CHI_THI,
    KET_LUAN,
    QUY_DINH,
    THONG_TU,
    KE_HOACH,
    CHUONG_TRINH,
    HUONG_DAN,
    CONG_VAN,
    OTHER
}

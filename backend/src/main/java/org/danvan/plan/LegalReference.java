package org.danvan.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/** A document a plan is based on: {@code Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ}. */
@Embeddable
public class LegalReference {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LegalReferenceType type;

    @Column(name = "doc_number", nullable = false)
    public String number;

    @Column(name = "doc_date")
    public LocalDate date;

    public String issuingBody;

    public String title;
}

package org.danvan.orgunit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Officials a unit holds in a year: the denominator of "100% cán bộ, công chức ...". */
@Embeddable
public class Headcount {

    @Column(name = "headcount_year", nullable = false)
    public int year;

    @Column(nullable = false)
    public int officials;

    protected Headcount() {
    }

    public Headcount(int year, int officials) {
        this.year = year;
        this.officials = officials;
    }
}

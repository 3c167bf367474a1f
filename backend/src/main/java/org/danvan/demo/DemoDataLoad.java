package org.danvan.demo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The marker that a set of demo data was loaded once. */
@Entity
@Table(name = "demo_data_load")
public class DemoDataLoad {

    @Id
    public String name;

    @Column(nullable = false)
    public Instant loadedAt;

    protected DemoDataLoad() {
    }

    DemoDataLoad(String name, Instant loadedAt) {
        this.name = name;
        this.loadedAt = loadedAt;
    }
}

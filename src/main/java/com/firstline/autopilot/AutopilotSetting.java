package com.firstline.autopilot;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

/** An admin's override of one policy key; it wins over application.properties until it is removed. */
@Entity
@Table(name = "autopilot_setting")
public class AutopilotSetting extends PanacheEntityBase {

    /** The key without the {@code firstline.autopilot.} prefix, e.g. "mode" or "intent.BAGGAGE.threshold". */
    @Id
    public String name;
    @Column(name = "setting")
    public String value;
    public String updatedBy;
    public Instant updatedAt;

    static Map<String, String> all() {
        return AutopilotSetting.<AutopilotSetting>listAll().stream()
                .collect(Collectors.toMap(s -> s.name, s -> s.value));
    }
}

package com.firstline.autopilot;

import com.firstline.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * The policy in force: application.properties under {@code firstline.autopilot.}, with the
 * admins' overrides from the database laid over it. Read from the database on every decision,
 * so a kill switch thrown on one instance holds on all of them at once.
 */
@ApplicationScoped
public class PolicyStore {

    static final String PREFIX = "firstline.autopilot.";

    /** The configured values, by name without the prefix. */
    public Map<String, String> configured() {
        Config config = ConfigProvider.getConfig();
        Map<String, String> values = new TreeMap<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith(PREFIX)) {
                config.getOptionalValue(name, String.class).ifPresent(v -> values.put(name.substring(PREFIX.length()), v));
            }
        }
        return values;
    }

    @Transactional
    public Map<String, String> overrides() {
        return new TreeMap<>(AutopilotSetting.all());
    }

    @Transactional
    public Policy current() {
        return Policy.of(merged(AutopilotSetting.all()));
    }

    /**
     * Stores an admin's overrides (a null or empty value removes one). The whole policy is checked
     * first: a bad value is refused with 400 and nothing is stored.
     */
    @Transactional
    public Policy override(Map<String, String> changes, String admin) {
        changes.keySet().stream().filter(name -> !Policy.isSetting(name)).findFirst().ifPresent(name -> {
            throw ProblemException.badRequest("Policy not changed: no setting named " + name);
        });
        Map<String, String> overrides = AutopilotSetting.all();
        changes.forEach((name, value) -> {
            if (value == null || value.isBlank()) {
                overrides.remove(name);
            } else {
                overrides.put(name, value.strip());
            }
        });
        Policy policy;
        try {
            policy = Policy.of(merged(overrides));
        } catch (RuntimeException e) {
            throw ProblemException.badRequest("Policy not changed: " + e.getMessage());
        }
        changes.forEach((name, value) -> store(name, overrides.get(name), admin));
        return policy;
    }

    private static void store(String name, String value, String admin) {
        AutopilotSetting setting = AutopilotSetting.findById(name);
        if (value == null) {
            if (setting != null) {
                setting.delete();
            }
            return;
        }
        if (setting == null) {
            setting = new AutopilotSetting();
            setting.name = name;
        }
        setting.value = value;
        setting.updatedBy = admin;
        setting.updatedAt = Instant.now();
        setting.persist();
    }

    private Map<String, String> merged(Map<String, String> overrides) {
        Map<String, String> settings = configured();
        settings.putAll(overrides);
        return settings;
    }
}

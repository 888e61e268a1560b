package com.firstline.autopilot;

import com.firstline.audit.AuditLog;
import com.firstline.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The policy in force: application.properties under {@code firstline.autopilot.}, with the
 * admins' overrides from the database laid over it. Every draft asks for it, so it is kept for
 * {@code firstline.autopilot.policy-refresh} between reads of the database: a kill switch thrown
 * on one instance holds there at once, and on the others within that time.
 */
@ApplicationScoped
public class PolicyStore {

    static final String PREFIX = "firstline.autopilot.";

    /** Not a mapping: the policy's keys under the prefix are read by name, as admins override them one by one. */
    @ConfigProperty(name = "firstline.autopilot.policy-refresh")
    Duration refresh;

    @Inject
    AuditLog audit;

    private Map<String, String> configured;
    private volatile Read lastRead;

    /** The policy as read from the database at a moment. */
    private record Read(Policy policy, Instant at) {
    }

    /** Reads the configured values once: configuration does not change while the service runs. */
    @PostConstruct
    void readConfiguration() {
        Config config = ConfigProvider.getConfig();
        Map<String, String> values = new TreeMap<>();
        for (String name : config.getPropertyNames()) {
            String setting = name.startsWith(PREFIX) ? name.substring(PREFIX.length()) : "";
            if (Policy.isSetting(setting)) {
                config.getOptionalValue(name, String.class).ifPresent(v -> values.put(setting, v));
            }
        }
        configured = Collections.unmodifiableMap(values);
    }

    /** The configured values, by name without the prefix. */
    public Map<String, String> configured() {
        return configured;
    }

    @Transactional
    public Map<String, String> overrides() {
        return new TreeMap<>(AutopilotSetting.all());
    }

    public Policy current() {
        Read read = lastRead;
        if (read == null || read.at().plus(refresh).isBefore(Instant.now())) {
            read = new Read(QuarkusTransaction.joiningExisting().call(() -> Policy.of(merged(AutopilotSetting.all()))),
                    Instant.now());
            lastRead = read;
        }
        return read.policy();
    }

    /**
     * Stores an admin's overrides (a null or empty value removes one). The whole policy is checked
     * first: a bad value is refused with 400 and nothing is stored.
     */
    public Policy override(Map<String, String> changes, String admin) {
        Policy policy = QuarkusTransaction.requiringNew().call(() -> stored(changes, admin));
        lastRead = null; // after the commit, so that the next read sees the change
        return policy;
    }

    private Policy stored(Map<String, String> changes, String admin) {
        changes.keySet().stream().filter(name -> !Policy.isSetting(name)).findFirst().ifPresent(name -> {
            throw ProblemException.badRequest("Policy not changed: no setting named " + name);
        });
        Map<String, String> overrides = AutopilotSetting.all();
        Map<String, String> before = merged(overrides);
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
        if (!changes.isEmpty()) {
            audit.record(admin, "AUTOPILOT_CHANGED", null, null, changed(before, merged(overrides), changes.keySet()));
        }
        return policy;
    }

    /** "kill-switch: false → true", one line per setting asked to change, in force before and after. */
    private static String changed(Map<String, String> before, Map<String, String> after, Set<String> names) {
        return new TreeSet<>(names).stream().map(name -> name + ": " + before.get(name) + " → " + after.get(name))
                .collect(Collectors.joining("\n"));
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
        Map<String, String> settings = new TreeMap<>(configured());
        settings.putAll(overrides);
        return settings;
    }
}

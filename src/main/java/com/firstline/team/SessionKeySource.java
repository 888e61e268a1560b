package com.firstline.team;

import io.quarkus.runtime.ExecutionMode;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Supplies the key that encrypts session cookies when none is configured. Without one, Quarkus
 * makes a random key at each start and writes it to the log, where anyone who reads the log can
 * forge a session; each instance then has its own, and every restart signs everyone out.
 * <ul>
 *   <li>Embedded default: a strong key made once and kept in {@code firstline.session.key-file},
 *       readable by its owner only, so sessions survive restarts.</li>
 *   <li>Production profile, or X enabled (polling or posting): refused; instances that share the
 *       work must share one key, from the environment.</li>
 *   <li>Tests: a random key in memory, never written.</li>
 * </ul>
 */
public class SessionKeySource implements ConfigSourceFactory {

    static final String KEY = "quarkus.http.auth.session.encryption-key";
    static final String VARIABLE = "QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        // The build reads the configuration too, and records the runtime values it sees in the
        // application: it must never see a key.
        if (ExecutionMode.current() == ExecutionMode.UNSET || value(context, KEY) != null) {
            return List.of();
        }
        List<String> profiles = context.getProfiles();
        boolean xEnabled = "true".equals(value(context, "firstline.x.enabled"));
        boolean postsOnX = "x".equals(value(context, "firstline.publish.target"));
        String keyFile = value(context, "firstline.session.key-file");
        return List.of(new LazyKey(() -> SessionKeyFile.keyFor(profiles, xEnabled, postsOnX, keyFile)));
    }

    /**
     * The key, made or read only when asked for: the build reads the configuration too, and must
     * neither write a key file nor need the production key.
     */
    private static final class LazyKey implements ConfigSource {

        private final Supplier<String> key;
        private volatile String value;

        LazyKey(Supplier<String> key) {
            this.key = key;
        }

        @Override
        public Set<String> getPropertyNames() {
            return Set.of(KEY);
        }

        @Override
        public String getValue(String name) {
            if (!KEY.equals(name)) {
                return null;
            }
            if (value == null) {
                value = key.get();
            }
            return value;
        }

        @Override
        public String getName() {
            return "firstline session key";
        }

        /** Lowest: a key configured anywhere else wins. */
        @Override
        public int getOrdinal() {
            return 1;
        }
    }

    private static String value(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return value == null ? null : value.getValue();
    }
}

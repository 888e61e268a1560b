package com.firstline.team;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How failed sign-ins are slowed down (firstline.sign-in.*). */
@ConfigMapping(prefix = "firstline.sign-in")
public interface SignInSettings {

    /** Failed sign-ins for one member before each further one locks the member out for a while. */
    @WithDefault("5")
    int memberFailuresAllowed();

    /** The same for one client address (higher: several people may share an office's address). */
    @WithDefault("20")
    int addressFailuresAllowed();

    /** The first lock-out; each further failure doubles it, up to {@link #longestLockout()}. */
    @WithDefault("1s")
    Duration firstLockout();

    @WithDefault("15m")
    Duration longestLockout();

    /** Members and addresses remembered at once (the least recently seen are forgotten). */
    @WithDefault("10000")
    int remembered();
}

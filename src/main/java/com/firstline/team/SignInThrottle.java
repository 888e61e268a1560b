package com.firstline.team;

import com.firstline.common.RecentlyUsed;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Counts failed sign-ins per member and per client address. Past the allowance, each failure locks
 * the member (or address) out for a time that doubles with every further failure; while locked,
 * every attempt is refused before the password is checked, a correct one from another address too,
 * so guessing costs neither bcrypt time nor a chance. A successful sign-in clears both counts.
 * The counts are this instance's own.
 */
@ApplicationScoped
public class SignInThrottle {

    /** Failures so far, and until when the next attempt is refused. */
    private record Failures(int count, Instant lockedUntil) {
    }

    @Inject
    SignInSettings settings;

    Clock clock = Clock.systemUTC();

    private Map<String, Failures> members;
    private Map<String, Failures> addresses;

    @PostConstruct
    void init() {
        members = RecentlyUsed.map(settings.remembered());
        addresses = RecentlyUsed.map(settings.remembered());
    }

    /** How long this attempt must wait, if the member or the address is locked out now. */
    public Optional<Duration> lockedOut(String member, String address) {
        Instant now = clock.instant();
        return Stream.of(members.get(key(member)), addresses.get(address))
                .filter(f -> f != null && f.lockedUntil().isAfter(now))
                .map(f -> Duration.between(now, f.lockedUntil())).max(Duration::compareTo);
    }

    public void failed(String member, String address) {
        members.compute(key(member), (k, f) -> next(f, settings.memberFailuresAllowed()));
        addresses.compute(address, (k, f) -> next(f, settings.addressFailuresAllowed()));
    }

    public void succeeded(String member, String address) {
        members.remove(key(member));
        addresses.remove(address);
    }

    private Failures next(Failures before, int allowed) {
        int count = before == null ? 1 : before.count() + 1;
        Instant now = clock.instant();
        if (count <= allowed) {
            return new Failures(count, now);
        }
        // 1 s, 2 s, 4 s ... (the shift is capped so it cannot overflow)
        Duration lockout = settings.firstLockout().multipliedBy(1L << Math.min(count - allowed - 1, 30));
        return new Failures(count, now.plus(lockout.compareTo(settings.longestLockout()) > 0
                ? settings.longestLockout() : lockout));
    }

    /** Usernames are matched as typed, but "Dana" and "dana" count as one member here. */
    private static String key(String member) {
        return member == null ? "" : member.strip().toLowerCase(Locale.ROOT);
    }
}

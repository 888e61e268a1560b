package com.firstline.x;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two instances' poll leases on one database: one polls, the other takes over only when the lease runs out. */
@QuarkusTest
class PollerLeaseTest {

    private static final Duration LEASE = Duration.ofSeconds(60);

    @Test
    void oneInstancePollsAndAnotherTakesOverWhenItStopsRenewing() {
        String account = UUID.randomUUID().toString().substring(0, 30);
        PollerLease a = new PollerLease(LEASE, "a");
        PollerLease b = new PollerLease(LEASE, "b");
        Instant start = Instant.now();

        assertTrue(a.hold(account, start));
        assertFalse(b.hold(account, start.plusSeconds(1)));
        assertTrue(b.standingBy(start.plusSeconds(1)));

        // a renews once half its lease is gone (until start + 100 s); b reads the renewal when its last view ends.
        assertTrue(a.hold(account, start.plusSeconds(40)));
        assertFalse(b.hold(account, start.plusSeconds(70)), "a renewed");
        assertTrue(b.standingBy(start.plusSeconds(99)));

        // a dies and renews no more: b takes over once the lease has run out, and a, back, stands by.
        assertTrue(b.hold(account, start.plusSeconds(101)));
        assertFalse(b.standingBy(start.plusSeconds(101)));
        assertFalse(a.hold(account, start.plusSeconds(102)));
        assertTrue(a.standingBy(start.plusSeconds(102)));
    }

    @Test
    void ofInstancesStartingAtTheSameMomentOnePolls() throws Exception {
        String account = UUID.randomUUID().toString().substring(0, 30);
        Instant now = Instant.now();
        CyclicBarrier together = new CyclicBarrier(4);
        var threads = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Boolean>> contenders = List.of("a", "b", "c", "d").stream()
                    .map(name -> new PollerLease(LEASE, name))
                    .<Callable<Boolean>>map(lease -> () -> {
                        together.await();
                        return lease.hold(account, now);
                    }).toList();
            long polling = 0;
            for (Future<Boolean> held : threads.invokeAll(contenders)) {
                polling += held.get() ? 1 : 0;
            }
            assertEquals(1, polling);
        } finally {
            threads.shutdown();
        }
    }
}

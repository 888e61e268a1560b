package com.firstline.x;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.time.Duration;
import java.util.Optional;

/** The X channel's configuration (firstline.x.*); each key is documented in application.properties. */
@ConfigMapping(prefix = "firstline.x")
public interface XSettings {

    /** Poll X for mentions. Off in the embedded default, which has no X account. */
    boolean enabled();

    /** The brand account's numeric user id: whose mentions are read, whose posts are not new cases. */
    Optional<String> brandUserId();

    /** Base URL of the X API v2, ending in /2/. Tests point it at a fake server. */
    String apiBaseUrl();

    Credentials credentials();

    Http http();

    Poll poll();

    Spread spread();

    Health health();

    Dm dm();

    /** Direct messages, through X API v2's DM endpoints with an OAuth 2.0 user token. */
    interface Dm {
        /**
         * OAuth 2.0 user-context access token of the brand account, with the scopes dm.read,
         * dm.write, tweet.read and users.read. Without it, DMs are neither read nor sent.
         */
        Optional<String> accessToken();

        /** How often the brand's DMs are read ("off": never). */
        @WithDefault("1m")
        String pollEvery();

        /** DM events read per poll (1 to 100), newest first. */
        @WithDefault("50")
        int pageSize();
    }

    interface Credentials {
        /** OAuth 1.0a user context (needed to post replies). */
        Optional<String> consumerKey();

        Optional<String> consumerSecret();

        Optional<String> accessToken();

        Optional<String> accessTokenSecret();

        /** OAuth 2 app-only bearer token: enough to read mentions, not to post. */
        Optional<String> bearerToken();
    }

    interface Http {
        Duration connectTimeout();

        Duration readTimeout();
    }

    interface Spread {
        /** How often the counts of recent posts are read again ("off": never). */
        String refreshEvery();

        /** Posts received within this long, in cases still open, have their counts read again. */
        Duration window();
    }

    interface Poll {
        /** How often the scheduler looks whether a poll is due ("off" to poll only on demand). */
        String tick();

        /** Requests to X allowed per 15-minute window, across all pages. */
        @WithName("requests-per-15-min")
        int requestsPer15Min();

        /** Interval after a poll that found new mentions. Never below the budget's average spacing. */
        Duration busyInterval();

        /** The interval grows by this factor after each quiet poll ... */
        double quietGrowth();

        /** ... up to this. */
        Duration quietInterval();

        /** First back-off after a server error or timeout; doubles per failure, with jitter. */
        Duration backoffBase();

        Duration backoffMax();

        /** Posts per page (X allows 5 to 100). */
        int pageSize();

        /** Mentions read on the very first poll, when there is no cursor yet; older ones are left. */
        int backfillMax();

        /**
         * How long an instance may poll before it must renew its lease: with several instances,
         * one polls, and another takes over within this time after it dies.
         */
        Duration lease();
    }

    interface Health {
        /** Readiness goes DOWN when polling has failed for longer than this. */
        Duration failingAfter();

        /** ... or when no poll has succeeded for this long, whatever the reason (a stopped scheduler too). */
        Duration staleAfter();
    }
}

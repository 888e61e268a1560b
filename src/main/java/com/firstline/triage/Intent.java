package com.firstline.triage;

/**
 * What a customer writes to the airline about. The codes are the ones the knowledge base's
 * front matter uses ({@code intents: [BAGGAGE]}), so articles and examples map onto them.
 */
public enum Intent {
    DELAY,
    BAGGAGE,
    INFLIGHT_ENTERTAINMENT,
    TERMINAL_OPERATIONS,
    INFLIGHT_FACILITIES,
    FLIGHT_STAFF,
    BOOKING,
    CHECK_IN,
    CUSTOMER_SUPPORT,
    REWARDS,
    CHANGE_FLIGHT,
    TERMINAL_FACILITIES,
    NEW_FEATURE,
    PRAISE,
    SPAM,
    OTHER
}

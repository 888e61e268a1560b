package com.firstline.triage;

/**
 * A mention's priority was worked out again after triage (its spread grew). Fired inside the
 * transaction that stores it, so whatever carries the priority further changes with it.
 */
public record PriorityChanged(long mentionId, int priority) {
}

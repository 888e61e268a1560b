package com.firstline.drafting;

import java.util.List;

/**
 * New drafts are in the review queue, in the order their posts were made. Fired inside the
 * transaction that stores them; observers that act on them (the autopilot) observe it after that
 * transaction commits.
 */
public record DraftsQueued(List<Long> draftIds) {
}

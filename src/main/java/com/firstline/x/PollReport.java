package com.firstline.x;

/** What one poll did: requests made, mentions read, new ones stored, and whether it reached the cursor. */
public record PollReport(int requests, int read, int stored, boolean caughtUp) {
}

package com.firstline.publish;

import java.time.Instant;

/** The post a publisher created: its id on the platform and when. */
public record PublishedPost(String platformPostId, Instant postedAt) {
}

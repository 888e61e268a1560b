package com.firstline.x;

import com.firstline.ingest.MentionPayload;

import java.util.List;

/**
 * One page of GET /2/users/:id/mentions, newest first, authors already joined from
 * {@code includes.users}. {@code newestId}/{@code oldestId} come from the page's meta.
 */
public record MentionsPage(List<MentionPayload> mentions, String newestId, String oldestId, String nextToken) {

    public boolean isLast() {
        return nextToken == null;
    }
}

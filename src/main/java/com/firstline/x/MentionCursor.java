package com.firstline.x;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * How far mention polling has got, stored so a restart neither skips nor re-reads more than a page.
 * X serves mentions newest first. A walk from the newest down to {@code sinceId} may take
 * several pages; until it is complete, {@code sinceId} stays where it was and the walk's
 * progress is kept ({@code walkNewestId}, {@code walkUntilId}). Only a complete walk moves
 * {@code sinceId}, so an interrupted one resumes with until_id instead of losing posts.
 */
@Entity
@Table(name = "x_mention_cursor")
public class MentionCursor extends PanacheEntityBase {

    @Id
    public String accountId;

    public String sinceId;

    public String walkNewestId;

    public String walkUntilId;

    public Instant updatedAt;

    static MentionCursor forAccount(String accountId) {
        MentionCursor cursor = findById(accountId);
        if (cursor == null) {
            cursor = new MentionCursor();
            cursor.accountId = accountId;
        }
        return cursor;
    }

    /** No cursor yet: the first poll, which backfills a limited number of mentions. */
    boolean isFirstPoll() {
        return sinceId == null && walkNewestId == null;
    }

    /**
     * Records a page whose mentions are all stored. {@code enough} ends the walk early (the
     * backfill limit on a first poll); older mentions are then deliberately left unread.
     */
    void pageStored(MentionsPage page, boolean enough) {
        if (walkNewestId == null) {
            walkNewestId = page.newestId();
        }
        if (page.oldestId() != null) {
            walkUntilId = page.oldestId();
        }
        if (page.isLast() || enough) {
            if (walkNewestId != null) {
                sinceId = walkNewestId;
            }
            walkNewestId = null;
            walkUntilId = null;
        }
    }
}

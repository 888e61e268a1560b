package com.firstline.publish;

/**
 * A publisher could not post. {@code permanent} means retrying the same request cannot succeed
 * (rejected content, bad request); the reply is parked for an agent instead.
 */
public class PublishException extends Exception {

    private final boolean permanent;

    public PublishException(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }
}

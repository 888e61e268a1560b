package com.firstline.x;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import twitter4j.RateLimitStatus;
import twitter4j.TwitterException;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Instant;
import java.util.Locale;

/**
 * Sorts failed calls to X (Twitter4J's exceptions, and the DM REST client's) into
 * {@link XApiException.Failure}s, with X's own explanation.
 */
final class XErrors {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Reasons are shown to agents and stored with the reply; a whole response body is neither useful nor safe. */
    private static final int MAX_REASON = 300;

    private XErrors() {
    }

    static XApiException classify(String call, TwitterException e) {
        return classify(e.getStatusCode(), call + ": " + shortened(explanation(e)), resetAt(e), e);
    }

    /** An answer of 4xx or 5xx to the REST client, whose body is X's problem description. */
    static XApiException classify(String call, WebApplicationException e) {
        Response response = e.getResponse();
        String reset = response.getHeaderString("x-rate-limit-reset");
        String body = response.hasEntity() ? response.readEntity(String.class) : "";
        return classify(response.getStatus(), call + ": " + shortened(explanation(response.getStatus(), body)),
                reset == null ? null : Instant.ofEpochSecond(Long.parseLong(reset.strip())), e);
    }

    /** No answer to the REST client: refused (X did not act) or timed out (it may have). */
    static XApiException classify(String call, ProcessingException e) {
        return classify(-1, call + ": " + shortened(String.valueOf(e.getCause() == null ? e : e.getCause())), null, e);
    }

    private static XApiException classify(int status, String reason, Instant resetAt, Exception e) {
        if (status == 429) {
            return new XApiException(XApiException.Failure.RATE_LIMITED, status, resetAt, reason, e);
        }
        if (status == 503 || causedBy(e, ConnectException.class)) {
            return new XApiException(XApiException.Failure.UNAVAILABLE, status, null, reason, e);
        }
        if (status >= 500 || status < 0 || causedBy(e, SocketTimeoutException.class)) {
            return new XApiException(XApiException.Failure.UNKNOWN_RESULT, status, null, reason, e);
        }
        if (status == 403 && reason.toLowerCase(Locale.ROOT).contains("duplicate content")) {
            return new XApiException(XApiException.Failure.DUPLICATE_CONTENT, status, null, reason, e);
        }
        return new XApiException(XApiException.Failure.REJECTED, status, null, reason, e);
    }

    /** A 2xx whose body the client could not read: X acted, but we cannot tell how. */
    static XApiException unreadable(String call, Exception e) {
        return new XApiException(XApiException.Failure.UNKNOWN_RESULT, 200, null,
                call + ": unreadable response (" + shortened(e.getClass().getSimpleName() + ": " + e.getMessage()) + ")", e);
    }

    private static String shortened(String text) {
        return text.length() <= MAX_REASON ? text : text.substring(0, MAX_REASON) + "…";
    }

    private static Instant resetAt(TwitterException e) {
        RateLimitStatus limits = e.getRateLimitStatus();
        return limits == null ? null : Instant.ofEpochSecond(limits.getResetTimeInSeconds());
    }

    /** X API v2 errors are problem bodies: their title and detail say what was wrong. */
    private static String explanation(TwitterException e) {
        if (e.getStatusCode() < 0) {
            return e.getCause() == null ? "no response" : e.getCause().toString();
        }
        return explanation(e.getStatusCode(), String.valueOf(e.getMessage()));
    }

    private static String explanation(int status, String message) {
        int start = message.indexOf('{');
        if (start >= 0) {
            try {
                JsonNode body = JSON.readTree(message.substring(start));
                String detail = body.path("detail").asText(body.path("title").asText(""));
                if (!detail.isBlank()) {
                    return status + " " + detail;
                }
            } catch (Exception notJson) {
                // fall through to the status alone
            }
        }
        return "HTTP " + status;
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}

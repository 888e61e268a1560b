package com.firstline.team;

import com.firstline.problem.Problem;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses cross-site requests that would change something, before any sign-in or resource sees
 * them. The SameSite=Strict session cookie already keeps a browser from sending the session on a
 * cross-site request; this guard does not rely on it (older browsers, sibling subdomains):
 * <ul>
 *   <li>a browser's own word that the request comes from another site ({@code Sec-Fetch-Site}),
 *       or an {@code Origin} other than this server's, is refused with 403;</li>
 *   <li>the API takes only JSON: any other body type (the three a cross-site HTML form or a
 *       simple fetch can send: form-urlencoded, multipart, text/plain) is refused with 415, even
 *       on endpoints that take no body.</li>
 * </ul>
 * Scripts (curl with HTTP Basic) send neither header and are unaffected.
 */
@ApplicationScoped
public class CrossSiteRequestGuard {

    /** Before sign-in (so the login form is covered too) and before every resource. */
    private static final int ORDER = -20_000;
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    private static final Set<String> OTHER_SITES = Set.of("cross-site", "same-site");

    @Inject
    WebSettings settings;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (SAFE.contains(request.method())) {
            context.next();
        } else if (fromAnotherSite(request)) {
            refuse(context, 403, "Forbidden", "Cross-site requests may not change anything.");
        } else if (request.path().startsWith("/api/") && !jsonOrNothing(request.getHeader(HttpHeaders.CONTENT_TYPE))) {
            refuse(context, 415, "Unsupported Media Type", "The API takes application/json only.");
        } else {
            context.next();
        }
    }

    private boolean fromAnotherSite(HttpServerRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null && OTHER_SITES.contains(fetchSite.toLowerCase(Locale.ROOT))) {
            return true;
        }
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        return origin != null && !isOurs(origin, request.getHeader(HttpHeaders.HOST));
    }

    private boolean isOurs(String origin, String host) {
        if (settings.allowedOrigins().orElse(List.of()).contains(origin)) {
            return true;
        }
        try {
            // "null" (sandboxed frames, local files) has no authority and is never ours.
            String authority = URI.create(origin).getAuthority();
            return authority != null && authority.equalsIgnoreCase(host);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static boolean jsonOrNothing(String contentType) {
        return contentType == null || contentType.isBlank()
                || contentType.split(";")[0].strip().equalsIgnoreCase("application/json");
    }

    static void refuse(RoutingContext context, int status, String title, String detail) {
        String body = Json.encode(Problem.of(status, title, detail));
        context.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE).end(body);
    }
}

package com.firstline.team;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Refuses paths with a {@code ;} (path parameters, which no page or API uses) with 400, before
 * sign-in sees them. Unsigned, such a path was never answered: the sign-in redirect keeps the
 * requested path in a cookie, and a {@code ;} is not allowed in a cookie value, so Vert.x threw
 * while writing the redirect and logged a long stack trace for each request.
 */
@ApplicationScoped
public class PathParameterGuard {

    /** Before the cross-site guard and sign-in. */
    private static final int ORDER = -20_001;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    private void check(RoutingContext context) {
        if (context.request().path().indexOf(';') >= 0) {
            CrossSiteRequestGuard.refuse(context, 400, "Bad Request", "Paths with ';' are not served.");
        } else {
            context.next();
        }
    }
}

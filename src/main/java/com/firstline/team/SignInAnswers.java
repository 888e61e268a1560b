package com.firstline.team;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.function.Consumer;

/**
 * Lets Firstline's own sign-in checks decide how a refused request is answered, whatever Quarkus's
 * sign-in mechanism answers it with (a redirect to the form, a Basic challenge): the check leaves a
 * rewrite on the request, and it is applied just before the answer's headers go out.
 */
@ApplicationScoped
public class SignInAnswers {

    private static final String REWRITE = SignInAnswers.class.getName() + ".rewrite";
    /** Before the other guards, so every answer passes here. */
    private static final int ORDER = -20_003;

    /** Has this request's answer changed by {@code rewrite} when its headers are written. */
    static void rewrite(RoutingContext http, Consumer<RoutingContext> rewrite) {
        if (http != null) {
            http.put(REWRITE, rewrite);
        }
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(http -> {
            http.addHeadersEndHandler(ignored -> {
                Consumer<RoutingContext> rewrite = http.get(REWRITE);
                if (rewrite != null) {
                    rewrite.accept(http);
                }
            });
            http.next();
        });
    }
}

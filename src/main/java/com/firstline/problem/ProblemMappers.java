package com.firstline.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.hibernate.StaleObjectStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

/** Turns every API error into a JSON problem body with a status the caller can act on. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return respond(e.toProblem());
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<String> errors = e.getConstraintViolations().stream().map(ProblemMappers::describe).sorted().toList();
        return respond(new Problem("about:blank", "Bad Request", 400, "The request is invalid.", errors));
    }

    @ServerExceptionMapper
    public Response malformed(JsonProcessingException e) {
        return respond(Problem.of(400, "Bad Request", "Malformed JSON: " + e.getOriginalMessage()));
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleObjectStateException.class})
    public Response concurrentChange(Exception e) {
        return respond(Problem.of(409, "Conflict", "Someone else changed this at the same time; reload and retry."));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        Throwable cause = e.getCause();
        if (status == 400 && cause instanceof JsonProcessingException json) {
            return malformed(json);
        }
        // Jakarta REST answers a query or path value it cannot convert with 404 (a NotFoundException
        // that wraps the failure); no such route has a cause. The caller sent a bad value: 400.
        if (e instanceof NotFoundException && cause != null) {
            return respond(Problem.of(400, "Bad Request", "A query or path value is not of its kind: a number,"
                    + " a date (yyyy-MM-dd) or one of the listed values is expected."));
        }
        return respond(Problem.of(status, e.getResponse().getStatusInfo().getReasonPhrase(), e.getMessage()));
    }

    private static String describe(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        // Drop the method and parameter prefix ("intake.payload.") so the field reads as in the JSON.
        int field = path.indexOf('.', path.indexOf('.') + 1);
        return (field < 0 ? path : path.substring(field + 1)) + ": " + violation.getMessage();
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}

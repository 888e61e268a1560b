package com.firstline.problem;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finishes the API's description at {@code /q/openapi}. Only the JSON API under {@code /api} is
 * described (the pages are for browsers). Each operation gets the problem answers it can give,
 * as {@link ProblemMappers} writes them, the role it needs in words, and the three ways to sign in.
 */
public class ApiDescription implements OASFilter {

    static final String API = "/api/";
    private static final String PROBLEM_JSON = "application/problem+json";
    /** The scheme Quarkus names from the configured one (basic); the others are added here. */
    private static final String BASIC = "SecurityScheme";
    private static final String TOKEN = "apiToken";
    private static final String SESSION = "session";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        api.getPaths().getPathItems().keySet().stream().filter(path -> !path.startsWith(API)).toList()
                .forEach(api.getPaths()::removePathItem);
        Components components = api.getComponents();
        components.addSchema("Problem", problemSchema());
        components.addSecurityScheme(TOKEN, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("bearer").description("An API token an admin issued (Authorization: Bearer fl_...)"));
        components.addSecurityScheme(SESSION, OASFactory.createSecurityScheme().type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.COOKIE).name("quarkus-credential").description("A browser's signed-in session"));
        api.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> describe(path, method, operation)));
    }

    private static void describe(String path, PathItem.HttpMethod method, Operation operation) {
        Map<String, String> problems = new LinkedHashMap<>();
        problems.put("400", "The request or one of its values is not valid");
        problems.put("401", "No sign-in, or a refused one");
        problems.put("403", "The signed-in member's role does not allow it, or the request came from another site");
        if (path.contains("{")) {
            problems.put("404", "Nothing has that id");
        }
        if (method != PathItem.HttpMethod.GET) {
            problems.put("409", "It changed or was decided since it was read");
            problems.put("415", "Only application/json is taken");
        }
        problems.put("429", "Too many failed sign-ins: wait Retry-After seconds");
        problems.forEach((status, why) -> operation.getResponses().addAPIResponse(status, problem(why)));
        requiredRoles(operation).ifPresent(roles -> {
            operation.setDescription(join(operation.getDescription(), roles.isEmpty() ? "Needs a sign-in, any role."
                    : "Needs the role " + String.join(" or ", roles) + " (or a higher one: agent < supervisor < admin)."));
            signInAlternatives(operation, roles);
        });
    }

    private static Optional<List<String>> requiredRoles(Operation operation) {
        if (operation.getSecurity() == null) {
            return Optional.empty();
        }
        return operation.getSecurity().stream().filter(r -> r.hasScheme(BASIC)).map(r -> r.getScheme(BASIC)).findFirst();
    }

    /** The roles may come with any of the three sign-ins. */
    private static void signInAlternatives(Operation operation, List<String> roles) {
        List<SecurityRequirement> ways = new ArrayList<>(operation.getSecurity());
        ways.add(OASFactory.createSecurityRequirement().addScheme(TOKEN, roles));
        ways.add(OASFactory.createSecurityRequirement().addScheme(SESSION, roles));
        operation.setSecurity(ways);
    }

    private static APIResponse problem(String why) {
        return OASFactory.createAPIResponse().description(why).content(OASFactory.createContent().addMediaType(PROBLEM_JSON,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))));
    }

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details: what went wrong, in words a person can act on")
                .addProperty("type", text).addProperty("title", text).addProperty("detail", text)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(text));
    }

    private static String join(String description, String more) {
        return description == null || description.isBlank() ? more : description + "\n\n" + more;
    }
}

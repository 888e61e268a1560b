package com.firstline.problem;

import com.firstline.support.Api;
import com.firstline.support.ApiEndpoints;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.*;

/**
 * /q/openapi describes every /api operation the application has (found by reflection, so a new
 * one cannot be left out): its roles, its request and its problem answers.
 */
@QuarkusTest
class OpenApiTest {

    @Test
    void everyApiOperationIsDescribedWithItsRolesAndProblems() throws Exception {
        JsonPath doc = Api.given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        List<ApiEndpoints.Endpoint> api = ApiEndpoints.all().stream().filter(e -> e.template().startsWith("/api/")).toList();
        assertTrue(api.size() > 40, "the API's operations were found: " + api.size());

        for (ApiEndpoints.Endpoint endpoint : api) {
            String method = endpoint.method().toLowerCase(Locale.ROOT);
            assertTrue(paths.containsKey(endpoint.template()) && paths.get(endpoint.template()).containsKey(method),
                    endpoint + " is missing from /q/openapi");
            String operation = "paths.'" + endpoint.template() + "'." + method;
            assertNotNull(doc.get(operation + ".responses.'401'.content.'application/problem+json'"), endpoint + " 401");
            assertNotNull(doc.get(operation + ".responses.'400'.content.'application/problem+json'"), endpoint + " 400");
            String description = doc.getString(operation + ".description");
            assertTrue(description.contains("Needs the role") || description.contains("Needs a sign-in"), endpoint + " roles");
        }
        assertTrue(paths.keySet().stream().allMatch(path -> path.startsWith("/api/")), "only the JSON API: " + paths.keySet());
        assertEquals(List.of("admin"), doc.getList("paths.'/api/admin/team'.post.security[0].SecurityScheme"));
        assertNotNull(doc.get("paths.'/api/drafts/{id}/approve'.post.requestBody.content.'application/json'.schema"));
        assertNotNull(doc.get("paths.'/api/drafts/{id}/approve'.post.responses.'409'"));
        assertNotNull(doc.get("components.schemas.Problem.properties.detail"));
    }

    @Test
    void theDescriptionIsForSignedInMembers() {
        Api.anonymous().redirects().follow(false).accept("application/json").get("/q/openapi").then()
                .statusCode(anyOf(is(401), is(302)));
    }
}

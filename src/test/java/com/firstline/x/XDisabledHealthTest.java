package com.firstline.x;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static com.firstline.support.Api.given;
import static org.hamcrest.Matchers.is;

/** On embedded defaults X is off, and readiness says so without going DOWN. */
@QuarkusTest
class XDisabledHealthTest {

    @Test
    void readinessIsUpAndSaysDisabled() {
        given().get("/q/health/ready").then().statusCode(200)
                .body(XHealthTest.CHECK + ".status", is("UP"))
                .body(XHealthTest.CHECK + ".data.state", is("disabled"));
    }
}

package com.firstline.demo;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoSandboxTest {

    @Test
    void theDemoNeverRunsAgainstRealX() {
        assertTrue(DemoSandbox.conflict(false, "x", true, "s3cret").orElseThrow().contains("FIRSTLINE_PUBLISH_TARGET=x"));
        assertTrue(DemoSandbox.conflict(true, "local", true, "s3cret").orElseThrow().contains("FIRSTLINE_X_ENABLED=true"));
        assertTrue(DemoSandbox.conflict(true, "x", false, DemoSandbox.DEMO_PASSWORD).orElseThrow()
                .contains("Set FIRSTLINE_ADMIN_PASSWORD"));
    }

    @Test
    void theDemoAloneAndXAloneStart() {
        assertEquals(Optional.empty(), DemoSandbox.conflict(false, "local", true, DemoSandbox.DEMO_PASSWORD));
        assertEquals(Optional.empty(), DemoSandbox.conflict(true, "x", false, "s3cret"));
    }
}

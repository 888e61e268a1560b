package com.firstline.insight;

import com.firstline.support.Api;
import com.firstline.support.Posts;
import com.firstline.support.Queue;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static com.firstline.support.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;

/** The pipeline's numbers on /q/metrics for Prometheus: throughput, stage latency, queue depth and age. */
@QuarkusTest
class PipelineMetricsTest {

    @Test
    void aMentionThroughThePipelineShowsUpInTheMetrics() {
        String postId = Posts.newId();
        Posts.send(Posts.post(postId, "@LumenAir is there a lounge at HLD terminal 2?"));
        Queue.awaitDraftFor(postId);
        given().get("/q/metrics").then().statusCode(403);
        Api.as("admin", "admin-pass").get("/q/metrics").then().statusCode(200)
                .body(containsString("firstline_mentions_received_total{platform=\"x\"}"))
                .body(containsString("firstline_stage_seconds_count{"))
                .body(containsString("stage=\"triage\""))
                .body(containsString("stage=\"drafting\""))
                .body(containsString("firstline_mention_queued_latency_seconds_bucket"))
                .body(matchesPattern("(?s).*\\nfirstline_queue_pending [1-9][0-9.E]*\\n.*"))
                .body(containsString("firstline_queue_oldest_pending_age_seconds"))
                .body(containsString("firstline_x_budget_remaining"));
    }
}

package com.firstline.support;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * A simulated OpenAI-compatible LLM (WireMock on a free port) answering POST /v1/chat/completions.
 * Tests stub what it answers; the application is pointed at it with the LLM drafter switched on.
 */
public class FakeLlm implements QuarkusTestResourceLifecycleManager {

    /** Marks the test field that receives the running fake. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Inject {
    }

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        return Map.of(
                "firstline.drafting.llm.enabled", "true",
                "quarkus.langchain4j.openai.base-url", "http://127.0.0.1:" + server.port() + "/v1/",
                "quarkus.langchain4j.openai.api-key", "test-key",
                "quarkus.langchain4j.openai.timeout", "2s",
                "quarkus.langchain4j.openai.max-retries", "1",
                "quarkus.langchain4j.guardrails.max-retries", "2",
                "quarkus.fault-tolerance.\"com.firstline.drafting.LlmDrafter/draft\".circuit-breaker.delay", "2000");
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(server, new TestInjector.AnnotatedAndMatchesType(Inject.class, WireMockServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** An OpenAI chat completion whose message content is the given text. */
    public static String completion(String content) {
        return "{\"id\":\"chatcmpl-test\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"gpt-4o-mini\","
                + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":"
                + quoted(content) + "},\"finish_reason\":\"stop\"}],"
                + "\"usage\":{\"prompt_tokens\":10,\"completion_tokens\":10,\"total_tokens\":20}}";
    }

    /** The structured reply the drafter asks for, as the model would write it. */
    public static String reply(String text, String... sources) {
        StringBuilder cited = new StringBuilder();
        for (String source : sources) {
            cited.append(cited.isEmpty() ? "" : ",").append(quoted(source));
        }
        return "{\"reply\":" + quoted(text) + ",\"sources\":[" + cited + "],\"confidence\":0.8,\"needsDm\":true}";
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    public static com.github.tomakehurst.wiremock.client.MappingBuilder chatAbout(String marker) {
        return WireMock.post("/v1/chat/completions").withRequestBody(WireMock.containing(marker));
    }
}

package com.firstline.triage;

import com.firstline.common.PromptData;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.jboss.logging.Logger;

import java.util.Optional;

/**
 * Topic and mood from the configured LLM, when {@code firstline.triage.llm.enabled} is on. Any
 * failure (timeout, rate limit, an answer that is not the JSON asked for, a topic we do not have)
 * gives nothing, and triage uses the in-process classifiers instead: a post is never left untriaged.
 */
@ApplicationScoped
public class LlmTriage {

    private static final Logger LOG = Logger.getLogger(LlmTriage.class);

    @Inject
    TriageSettings settings;

    @Inject
    PostReader reader;

    @Inject
    MeterRegistry metrics;

    public boolean enabled() {
        return settings.llm().enabled();
    }

    /**
     * The LLM's reading of the post, or empty when the LLM is off or failed. As with drafting, a
     * timeout covers the whole call, and while the LLM keeps failing the circuit opens: posts are
     * triaged in process at once, with no call, until a trial call succeeds.
     */
    @ActivateRequestContext
    @Timeout(30_000)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30_000, successThreshold = 1)
    @Fallback(fallbackMethod = "inProcessInstead")
    public Optional<PostReader.Reading> read(String post) {
        if (!enabled()) {
            return Optional.empty();
        }
        PostReader.Reading reading = reader.read(PromptData.of(post));
        if (reading == null || reading.intent() == null || reading.sentiment() == null) {
            throw new IllegalStateException("The LLM returned no topic or mood");
        }
        return Optional.of(reading);
    }

    Optional<PostReader.Reading> inProcessInstead(String post, Throwable failure) {
        metrics.counter("firstline.llm.triage.failures").increment();
        LOG.warnf("LLM triage failed, using the in-process classifiers: %s", failure.toString());
        return Optional.empty();
    }
}

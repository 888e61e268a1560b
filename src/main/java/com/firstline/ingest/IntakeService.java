package com.firstline.ingest;

import com.firstline.cases.Case;
import com.firstline.cases.SlaClock;
import com.firstline.pipeline.Handoff;
import com.firstline.pipeline.PipelineChannels;
import com.firstline.problem.ProblemException;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Validator;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Stores each inbound post once (by platform and post id), files it into its customer's case,
 * and hands it to triage. Storing commits before the hand-off, so a crash in between is healed
 * by {@code triage.StalledMentionSweep} rather than losing the post.
 */
@ApplicationScoped
public class IntakeService {

    private static final Logger LOG = Logger.getLogger(IntakeService.class);

    @Inject
    @Channel(PipelineChannels.MENTIONS_OUT)
    @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER)
    Emitter<Long> mentions;

    @Inject
    MeterRegistry metrics;

    @Inject
    Event<MentionSpread> spread;

    @Inject
    IntakeSettings settings;

    @Inject
    SlaClock sla;

    @Inject
    Validator validator;

    public IntakeResult receive(String platform, MentionPayload payload) {
        return receive(platform, payload, Instant.now());
    }

    /**
     * Takes in a post that reached us at {@code arrivedAt}. Only the demo's simulated history
     * passes a past moment: its posts arrive on the days they were written, so they are no sign
     * of an outage now.
     */
    public IntakeResult receive(String platform, MentionPayload payload, Instant arrivedAt) {
        MentionPayload post = checked(payload);
        IntakeResult result;
        try {
            result = QuarkusTransaction.requiringNew().call(() -> store(platform, post, arrivedAt));
        } catch (PersistenceException raced) {
            // Another request stored the same post between our look-up and our insert.
            result = QuarkusTransaction.requiringNew().call(() -> existing(platform, post)
                    .orElseThrow(() -> raced));
        }
        handOff(platform, post, result);
        return result;
    }

    private void handOff(String platform, MentionPayload post, IntakeResult result) {
        if (result.created()) {
            metrics.counter("firstline.mentions.received", "platform", platform).increment();
            mentions.send(Handoff.of(result.mentionId(), post.conversationOrSelf()));
        }
    }

    /**
     * Takes in a page of posts (an X mentions page, a replay) in one transaction, which costs far
     * less per post than one each. When a post spoils the page (refused text, an id already
     * received with other words), the page goes in one post at a time instead, and the refused
     * posts are logged and left out: re-reading them would not change the answer. Returns the
     * results of the posts taken in.
     */
    public List<IntakeResult> receiveAll(String platform, List<MentionPayload> page) {
        try {
            List<MentionPayload> posts = page.stream().map(this::checked).toList();
            Instant now = Instant.now();
            List<IntakeResult> results = QuarkusTransaction.requiringNew().call(() ->
                    posts.stream().map(post -> store(platform, post, now)).toList());
            for (int i = 0; i < posts.size(); i++) {
                handOff(platform, posts.get(i), results.get(i));
            }
            return results;
        } catch (ProblemException | PersistenceException spoiled) {
            return receiveEach(platform, page);
        }
    }

    private List<IntakeResult> receiveEach(String platform, List<MentionPayload> page) {
        List<IntakeResult> results = new ArrayList<>();
        for (MentionPayload post : page) {
            try {
                results.add(receive(platform, post));
            } catch (ProblemException refused) {
                LOG.warnf("Mention %s not taken in: %s", post.id(), refused.getMessage());
            }
        }
        return results;
    }

    /** Hands a stored mention to triage again (used by the sweep for hand-offs that never finished). */
    public void resend(long mentionId) {
        mentions.send(Handoff.of(mentionId, Mention.conversationOf(mentionId)));
    }

    /**
     * The post with its text cleaned, once every field is within its bounds: X pages and the demo
     * come here without the HTTP intake's validation, and one bad post must be refused alone.
     */
    private MentionPayload checked(MentionPayload payload) {
        var violations = validator.validate(payload);
        if (!violations.isEmpty()) {
            throw ProblemException.badRequest(violations.stream().map(v -> v.getPropertyPath() + ": " + v.getMessage())
                    .sorted().collect(Collectors.joining("; ")));
        }
        return payload.withText(checkedText(payload));
    }

    private String checkedText(MentionPayload payload) {
        String text = PostText.clean(payload.text());
        if (!PostText.hasVisibleText(text)) {
            throw ProblemException.badRequest("text: must contain visible characters");
        }
        if (text.length() > settings.maxTextLength()) {
            throw ProblemException.badRequest("text: " + text.length() + " characters, at most "
                    + settings.maxTextLength() + " are accepted");
        }
        return text;
    }

    private IntakeResult store(String platform, MentionPayload post, Instant now) {
        var known = existing(platform, post);
        if (known.isPresent()) {
            return known.get();
        }
        Case supportCase = caseFor(platform, post, now);
        Mention mention = new Mention();
        mention.platform = platform;
        mention.postId = post.id();
        mention.supportCase = supportCase;
        mention.text = post.text();
        mention.authorId = post.author().id();
        mention.authorHandle = post.author().username();
        mention.conversationId = post.conversationOrSelf();
        mention.inReplyToId = post.repliedToId();
        mention.lang = post.lang();
        var metrics = post.metricsOrNone();
        mention.retweets = metrics.retweetCount();
        mention.quotes = metrics.quoteCount();
        mention.replies = metrics.replyCount();
        mention.likes = metrics.likeCount();
        mention.postedAt = Objects.requireNonNullElse(post.createdAt(), now);
        mention.receivedAt = now;
        mention.persistAndFlush();
        LOG.debugf("Mention %s stored in case %d", post.id(), supportCase.id);
        return new IntakeResult(mention.id, supportCase.id, true);
    }

    private Optional<IntakeResult> existing(String platform, MentionPayload post) {
        return Mention.findByPost(platform, post.id()).map(found -> {
            if (!found.text.equals(post.text())) {
                throw ProblemException.conflict("Post " + post.id() + " was already received with different text");
            }
            if (found.spreadTo(post.metricsOrNone())) {
                spread.fire(new MentionSpread(found.id));
            }
            return new IntakeResult(found.id, found.supportCase.id, false);
        });
    }

    private Case caseFor(String platform, MentionPayload post, Instant now) {
        var author = post.author();
        Instant postedAt = Objects.requireNonNullElse(post.createdAt(), now);
        Case supportCase = Case.findByConversation(platform, post.conversationOrSelf(), author.id())
                .orElseGet(() -> Case.opening(platform, post.conversationOrSelf(), author.id(), postedAt, sla));
        // The author's profile is refreshed with every post: reach changes over a conversation.
        supportCase.customerHandle = author.username();
        supportCase.customerName = author.name();
        supportCase.customerFollowers = Objects.requireNonNullElse(author.followersCount(), 0);
        supportCase.customerVerified = Boolean.TRUE.equals(author.verified());
        supportCase.persist();
        supportCase.customerPosted(postedAt, sla);
        return supportCase;
    }
}

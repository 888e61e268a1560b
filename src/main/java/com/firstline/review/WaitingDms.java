package com.firstline.review;

import com.firstline.cases.DirectMessage;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Open cases whose customer's DMs no DM of ours has answered, the longest waiting first. */
@ApplicationScoped
public class WaitingDms {

    /** A case waiting on a private answer: who, since when, and their latest words. */
    public record Waiting(long caseId, String customerHandle, Instant waitingSince, int messages, String latest) {
    }

    public List<Waiting> list(int limit) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Long> ids = DirectMessage.casesWaitingIds(limit);
            if (ids.isEmpty()) {
                return List.of();
            }
            Map<Long, List<DirectMessage>> byCase = DirectMessage.<DirectMessage>list(
                            "from DirectMessage m join fetch m.supportCase where m.supportCase.id in ?1 and m.answered = false"
                                    + " order by m.sentAt", ids).stream()
                    .collect(Collectors.groupingBy(m -> m.supportCase.id));
            return ids.stream().map(id -> {
                List<DirectMessage> waiting = byCase.get(id);
                DirectMessage first = waiting.get(0);
                return new Waiting(id, first.supportCase.customerHandle, first.sentAt, waiting.size(),
                        waiting.get(waiting.size() - 1).text);
            }).sorted(Comparator.comparing(Waiting::waitingSince)).toList();
        });
    }
}

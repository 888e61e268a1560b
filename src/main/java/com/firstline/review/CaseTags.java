package com.firstline.review;

import com.firstline.audit.AuditLog;
import com.firstline.cases.Case;
import com.firstline.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The team tags cases ("lost-bag, refund"): lower case, letters, digits and dashes, ten at most; audited. */
@ApplicationScoped
public class CaseTags {

    private static final Pattern TAG = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");
    private static final int MOST = 10;

    @Inject
    SecurityIdentity identity;

    @Inject
    AuditLog audit;

    @Transactional
    public List<String> set(long caseId, String written) {
        List<String> tags = Arrays.stream(written.split("[,\\s]+")).map(t -> t.strip().toLowerCase(Locale.ROOT))
                .filter(t -> !t.isEmpty()).distinct().sorted().toList();
        tags.stream().filter(t -> !TAG.matcher(t).matches()).findFirst().ifPresent(bad -> {
            throw ProblemException.badRequest("Tag \"" + bad + "\": letters, digits and dashes, 32 at most");
        });
        if (tags.size() > MOST) {
            throw ProblemException.badRequest("At most " + MOST + " tags on a case");
        }
        Case supportCase = Case.<Case>findByIdOptional(caseId).orElseThrow(() -> ProblemException.notFound("No case " + caseId));
        String before = String.join(", ", supportCase.tagList());
        supportCase.tag(tags);
        audit.record(identity.getPrincipal().getName(), "TAGS_CHANGED", caseId, null,
                (before.isEmpty() ? "none" : before) + " → " + (tags.isEmpty() ? "none" : String.join(", ", tags)));
        return tags;
    }
}

package com.firstline.knowledge;

import com.firstline.audit.AuditLog;
import com.firstline.team.Role;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Admin calls for the knowledge base: re-read knowledge-base/ after a support lead edited it. */
@RolesAllowed(Role.ADMIN_CODE)
@Path("/api/admin/knowledge")
@Produces(MediaType.APPLICATION_JSON)
public class KnowledgeResource {

    @Inject
    KnowledgeBase knowledgeBase;

    @Inject
    AuditLog audit;

    @Inject
    SecurityIdentity identity;

    @POST
    @Path("/reindex")
    public KnowledgeReindexed reindex() {
        KnowledgeReindexed reindexed = knowledgeBase.reindex();
        QuarkusTransaction.requiringNew().run(() -> audit.record(identity.getPrincipal().getName(),
                "KNOWLEDGE_REINDEXED", null, null, reindexed.articles() + " articles, " + reindexed.passages()
                        + " passages, " + reindexed.embedded() + " embedded again"));
        return reindexed;
    }
}

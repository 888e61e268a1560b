package com.firstline.knowledge;

import com.firstline.team.Role;
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

    @POST
    @Path("/reindex")
    public KnowledgeReindexed reindex() {
        return knowledgeBase.reindex();
    }
}

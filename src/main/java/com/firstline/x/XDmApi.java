package com.firstline.x;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.util.List;

/**
 * X API v2's direct-message endpoints, as a Quarkus REST client (built in {@link XDirectMessages}
 * against firstline.x.api-base-url). Twitter4J's v2 add-on has no DM calls.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface XDmApi {

    @GET
    @Path("dm_events")
    Events events(@HeaderParam("Authorization") String authorization,
                  @QueryParam("event_types") String eventTypes,
                  @QueryParam("dm_event.fields") String fields,
                  @QueryParam("expansions") String expansions,
                  @QueryParam("user.fields") String userFields,
                  @QueryParam("max_results") int maxResults,
                  @QueryParam("pagination_token") String paginationToken);

    @POST
    @Path("dm_conversations/with/{participant}/messages")
    Sent send(@HeaderParam("Authorization") String authorization, @PathParam("participant") String participantId,
              Message message);

    record Message(String text) {
    }

    record Sent(Data data) {
        record Data(@JsonProperty("dm_conversation_id") String conversationId,
                    @JsonProperty("dm_event_id") String eventId) {
        }
    }

    record Events(List<Event> data, Includes includes, Meta meta) {
    }

    record Meta(@JsonProperty("next_token") String nextToken) {
    }

    record Event(String id, @JsonProperty("event_type") String eventType, String text,
                 @JsonProperty("sender_id") String senderId,
                 @JsonProperty("dm_conversation_id") String conversationId,
                 @JsonProperty("created_at") Instant createdAt) {
    }

    record Includes(List<User> users) {
    }

    record User(String id, String username, String name) {
    }
}

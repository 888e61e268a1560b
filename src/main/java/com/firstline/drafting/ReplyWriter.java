package com.firstline.drafting;

import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.V;
import io.quarkiverse.langchain4j.RegisterAiService;

/** The LLM that writes a reply, with the prompts kept as files in prompts/. */
@RegisterAiService
public interface ReplyWriter {

    @SystemMessage(fromResource = "prompts/system.txt")
    @UserMessage(fromResource = "prompts/draft-reply.txt")
    LlmReply write(@V("handle") String handle, @V("customerName") String customerName, @V("intent") String intent,
                   @V("thread") String thread, @V("post") String post, @V("passages") String passages);

    /** The structured answer the model returns. */
    record LlmReply(String reply, java.util.List<String> sources, double confidence, boolean needsDm) {
    }
}

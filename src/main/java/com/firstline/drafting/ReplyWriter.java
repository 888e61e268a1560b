package com.firstline.drafting;

import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.V;
import dev.langchain4j.service.guardrail.OutputGuardrails;
import io.quarkiverse.langchain4j.RegisterAiService;

import java.util.List;

/**
 * The LLM that writes a reply, with the prompts kept as files in prompts/. The customer's post and
 * thread are template variables inside marked data blocks, never part of the instructions.
 */
@RegisterAiService
public interface ReplyWriter {

    @SystemMessage(fromResource = "prompts/system.txt")
    @UserMessage(fromResource = "prompts/draft-reply.txt")
    @OutputGuardrails(ReplyGuardrail.class)
    LlmReply write(@V("handle") String handle, @V("customerName") String customerName, @V("intent") String intent,
                   @V("sentiment") String sentiment, @V("instructions") String instructions,
                   @V("thread") String thread, @V("post") String post, @V("passages") String passages,
                   @V("macros") String macros);

    /** The structured answer the model returns. */
    record LlmReply(String reply, List<String> sources, boolean needsDm) {
    }
}

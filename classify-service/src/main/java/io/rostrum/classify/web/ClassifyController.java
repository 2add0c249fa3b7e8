package io.rostrum.classify.web;

import io.rostrum.classify.approach.PostClassifier;
import io.rostrum.classify.features.PostInput;
import io.rostrum.classify.reply.ReplyScorer;
import io.rostrum.events.TextLimits;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code POST /api/classify}: what the stream would conclude about one text, with the reasons. */
@RestController
class ClassifyController {

    private static final Set<String> KINDS = Set.of("post", "reply", "stakeholder-reply");

    private final PostClassifier classifier;
    private final ReplyScorer replies;

    ClassifyController(PostClassifier classifier, ReplyScorer replies) {
        this.classifier = classifier;
        this.replies = replies;
    }

    @PostMapping("/api/classify")
    ClassifyResponse classify(@RequestBody ClassifyRequest request) {
        String text = request.text();
        if (text == null || text.isBlank()) {
            throw refused("text is required");
        }
        // the limits of the event contract: whatever the pipeline carries can be classified here too
        atMost("text", text, TextLimits.POST_TEXT);
        atMost("inReplyToText", request.inReplyToText(), TextLimits.POST_TEXT);
        atMost("authorProfile", request.authorProfile(), TextLimits.PROFILE_TEXT);
        String kind = request.kind() == null ? "post" : request.kind();
        if (!KINDS.contains(kind)) {
            throw refused("kind must be one of post, reply, stakeholder-reply; was '" + kind + "'");
        }
        boolean reply = !kind.equals("post");
        PostInput input = new PostInput(text, reply, reply ? request.inReplyToText() : null);
        return new ClassifyResponse(classifier.classify(input),
                kind.equals("stakeholder-reply")
                        ? replies.score(text, request.inReplyToText(), request.authorProfile()) : null);
    }

    private static void atMost(String field, @Nullable String value, int limit) {
        TextLimits.excess(value, limit).ifPresent(excess -> {
            throw refused(field + " " + excess);
        });
    }

    private static ResponseStatusException refused(String reason) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, reason);
    }
}

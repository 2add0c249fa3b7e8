package io.rostrum.classify.web;

import io.rostrum.classify.approach.PostClassifier;
import io.rostrum.classify.features.PostInput;
import io.rostrum.classify.reply.ReplyScorer;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code POST /api/classify}: what the stream would conclude about one text, with the reasons. */
@RestController
class ClassifyController {

    /** Longer than any platform allows (LinkedIn's 3,000 characters), short enough to bound the work. */
    static final int MAXIMUM_TEXT_LENGTH = 10_000;
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
        if (text.length() > MAXIMUM_TEXT_LENGTH) {
            throw refused("text is " + text.length() + " characters; at most " + MAXIMUM_TEXT_LENGTH + " are accepted");
        }
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

    private static ResponseStatusException refused(String reason) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, reason);
    }
}

package io.rostrum.classify.approach;

import io.rostrum.classify.features.PostInput;
import io.rostrum.events.Classification;

/** Decides which engagement approaches a post takes, with a probability for each of the six and the cues why. */
public interface PostClassifier {

    Classification classify(PostInput post);
}

package io.rostrum.classify.approach;

import io.rostrum.events.Classification;
import io.rostrum.events.PostObserved;

/** Decides which engagement approaches a post takes, with a probability for each of the six. */
public interface PostClassifier {

    Classification classify(PostObserved post);
}

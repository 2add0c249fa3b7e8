package io.rostrum.classify.features;

import io.rostrum.events.Polarity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The features of a stakeholder reply: everything {@link FeatureExtractor} reads in a reply and the post it
 * answers, plus VADER's verdict as a feature ({@code vader:negative}, {@code vader:strongly-positive}), so the
 * trained reply models start from VADER and learn where it goes wrong (polite words around criticism, sarcasm).
 */
public final class ReplyFeatures {

    private final FeatureExtractor extractor = new FeatureExtractor();
    private final VaderSentiment vader = new VaderSentiment();

    /** The features of a reply, with the VADER compound score they were built from. */
    public record Read(String[] features, double vaderCompound) {
    }

    public Read read(String text, @Nullable String parentText) {
        String[] features = extractor.features(PostInput.reply(text, parentText));
        double compound = vader.compound(text);
        Polarity polarity = VaderSentiment.polarity(compound);
        List<String> withVader = new ArrayList<>(Arrays.asList(features));
        withVader.add("vader:" + polarity.id());
        if (Math.abs(compound) >= VaderSentiment.STRONG) {
            withVader.add("vader:strongly-" + polarity.id());
        }
        return new Read(withVader.toArray(String[]::new), compound);
    }
}

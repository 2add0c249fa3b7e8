package io.rostrum.classify.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;

/**
 * The trained maximum-entropy models, as shipped in the jar: for executive posts the six approaches and
 * reciprocity, for stakeholder replies sentiment and stance. The version is a digest of all four artifacts, so
 * every classification names the exact models that made it, and retraining on the same corpus gives the same
 * version.
 */
public record TrainedModels(LinearModel approach, LinearModel reciprocity, LinearModel sentiment,
                            LinearModel stance, String version) {

    private static final List<String> FILES = List.of("approach.bin", "reciprocity.bin", "sentiment.bin",
            "stance.bin");
    /** Where the build puts the artifacts on the classpath. */
    static final String CLASSPATH_DIRECTORY = "/io/rostrum/classify/model/trained/";

    static TrainedModels of(AbstractModel approach, AbstractModel reciprocity, AbstractModel sentiment,
                            AbstractModel stance) {
        return of(Stream.of(approach, reciprocity, sentiment, stance).map(TrainedModels::bytes).toList());
    }

    private static TrainedModels of(List<byte[]> artifacts) {
        List<LinearModel> models = artifacts.stream().map(TrainedModels::read).map(LinearModel::new).toList();
        return new TrainedModels(models.get(0), models.get(1), models.get(2), models.get(3),
                "maxent-" + digest(artifacts));
    }

    /** The models the build trained from the corpus and put in this jar. */
    public static TrainedModels shipped() {
        return of(FILES.stream().map(TrainedModels::resource).toList());
    }

    void writeTo(Path directory) throws IOException {
        Files.createDirectories(directory);
        List<LinearModel> models = List.of(approach, reciprocity, sentiment, stance);
        for (int i = 0; i < FILES.size(); i++) {
            Files.write(directory.resolve(FILES.get(i)), bytes(models.get(i).model()));
        }
    }

    static byte[] bytes(AbstractModel model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DataOutputStream data = new DataOutputStream(out)) {
            new GenericModelWriter(model, data).persist();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static AbstractModel read(byte[] artifact) {
        try (InputStream in = new ByteArrayInputStream(artifact)) {
            return new GenericModelReader(new BinaryFileDataReader(in)).getModel();
        } catch (IOException e) {
            throw new UncheckedIOException("a model artifact is unreadable", e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = TrainedModels.class.getResourceAsStream(CLASSPATH_DIRECTORY + name)) {
            if (in == null) {
                throw new IllegalStateException("the trained model " + name + " is missing from the classpath;"
                        + " the build trains it from classify-service/corpus (./mvnw -pl classify-service process-classes)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String digest(List<byte[]> artifacts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            artifacts.forEach(sha::update);
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

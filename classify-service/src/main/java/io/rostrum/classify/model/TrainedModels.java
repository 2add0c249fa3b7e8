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
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;

/**
 * The two trained maximum-entropy models, as shipped in the jar: one over the six approaches, one over
 * reciprocity. The version is a digest of both artifacts, so every classification names the exact model
 * that made it, and retraining on the same corpus gives the same version.
 */
public record TrainedModels(LinearModel approach, LinearModel reciprocity, String version) {

    static final String APPROACH_FILE = "approach.bin";
    static final String RECIPROCITY_FILE = "reciprocity.bin";
    /** Where the build puts the artifacts on the classpath. */
    static final String CLASSPATH_DIRECTORY = "/io/rostrum/classify/model/trained/";

    static TrainedModels of(AbstractModel approach, AbstractModel reciprocity) {
        return of(bytes(approach), bytes(reciprocity));
    }

    private static TrainedModels of(byte[] approach, byte[] reciprocity) {
        return new TrainedModels(new LinearModel(read(approach)), new LinearModel(read(reciprocity)),
                "maxent-" + digest(approach, reciprocity));
    }

    /** The models the build trained from the corpus and put in this jar. */
    public static TrainedModels shipped() {
        return of(resource(APPROACH_FILE), resource(RECIPROCITY_FILE));
    }

    void writeTo(Path directory) throws IOException {
        Files.createDirectories(directory);
        Files.write(directory.resolve(APPROACH_FILE), bytes(approach.model()));
        Files.write(directory.resolve(RECIPROCITY_FILE), bytes(reciprocity.model()));
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

    private static String digest(byte[] approach, byte[] reciprocity) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(approach);
            sha.update(reciprocity);
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

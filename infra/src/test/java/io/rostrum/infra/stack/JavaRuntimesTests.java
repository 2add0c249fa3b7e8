package io.rostrum.infra.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaRuntimesTests {

    @Test
    void readsTheFeatureVersionFromTheReleaseFile(@TempDir Path jdk) throws Exception {
        fakeJdk(jdk, "21.0.5");

        assertThat(JavaRuntimes.featureVersion(jdk)).contains(21);
    }

    @Test
    void ignoresADirectoryWithoutAJavaLauncher(@TempDir Path notAJdk) throws Exception {
        Files.writeString(notAJdk.resolve("release"), "JAVA_VERSION=\"25\"\n");

        assertThat(JavaRuntimes.featureVersion(notAJdk)).isEmpty();
    }

    @Test
    void saysInOneLineWhereItLookedWhenNoJdkIsNewEnough() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> JavaRuntimes.findAtLeast(99, Map.of()))
                .isInstanceOf(StackException.class)
                .hasMessageStartingWith("Elasticsearch needs a JDK 99 or newer and none was found in ES_JAVA_HOME")
                .hasMessageNotContaining("\n");
    }

    @Test
    void prefersEsJavaHome(@TempDir Path jdk) throws Exception {
        fakeJdk(jdk, "25.0.1");

        assertThat(JavaRuntimes.findAtLeast(25, Map.of("ES_JAVA_HOME", jdk.toString()))).isEqualTo(jdk);
    }

    static void fakeJdk(Path jdk, String version) throws Exception {
        Files.writeString(jdk.resolve("release"), "IMPLEMENTOR=\"test\"\nJAVA_VERSION=\"" + version + "\"\n");
        Files.createDirectories(jdk.resolve("bin"));
        Path java = Files.createFile(jdk.resolve("bin/java"));
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}

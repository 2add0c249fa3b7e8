package io.rostrum.infra.stack;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The account Elasticsearch runs as. Elasticsearch refuses root, so when Rostrum runs as root it creates (once)
 * and uses an unprivileged system user; otherwise it runs as the caller.
 */
record ServiceUser(String name, boolean switching) {

    static final String ELASTICSEARCH_USER = "rostrum-es";

    static ServiceUser forElasticsearch() {
        if (!"root".equals(System.getProperty("user.name"))) {
            return new ServiceUser(System.getProperty("user.name"), false);
        }
        if (run("id", "-u", ELASTICSEARCH_USER) != 0
                && run("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin",
                ELASTICSEARCH_USER) != 0) {
            throw new StackException("running as root, Elasticsearch needs the unprivileged user "
                    + ELASTICSEARCH_USER + " and `useradd` could not create it");
        }
        return new ServiceUser(ELASTICSEARCH_USER, true);
    }

    List<String> commandPrefix() {
        return switching ? List.of("runuser", "-u", name, "--") : List.of();
    }

    void own(Path directory) {
        if (switching && run("chown", "-R", name + ":", directory.toString()) != 0) {
            throw new StackException("cannot hand " + directory + " to " + name + " (chown failed)");
        }
    }

    void requireReadable(Path path) {
        if (switching && run("runuser", "-u", name, "--", "test", "-r", path.toString()) != 0) {
            throw new StackException(name + " cannot read " + path + ": Elasticsearch runs as " + name
                    + ", so every directory above the checkout must be searchable by others (chmod o+x)");
        }
    }

    private static int run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}

package io.rostrum.infra.stack;

import java.util.Properties;
import java.util.TreeMap;

/** Renders configuration files deterministically (sorted keys, no timestamp comment). */
final class Config {

    private Config() {
    }

    static String render(Properties properties) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(properties).forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        return text.toString();
    }
}

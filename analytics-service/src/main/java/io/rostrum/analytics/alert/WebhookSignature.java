package io.rostrum.analytics.alert;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a webhook body so its receiver can tell it came from Rostrum and was not altered or replayed:
 * {@code sha256=} and the hex HMAC-SHA256, keyed with the webhook's secret, of the timestamp, a dot and the body
 * bytes. Signing the timestamp with the body lets a receiver refuse old deliveries without trusting the header.
 */
final class WebhookSignature {

    static final String SIGNATURE_HEADER = "X-Rostrum-Signature";
    static final String TIMESTAMP_HEADER = "X-Rostrum-Timestamp";
    private static final String ALGORITHM = "HmacSHA256";

    private WebhookSignature() {
    }

    static String sign(String secret, long epochSeconds, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            mac.update((epochSeconds + ".").getBytes(StandardCharsets.US_ASCII));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }
}

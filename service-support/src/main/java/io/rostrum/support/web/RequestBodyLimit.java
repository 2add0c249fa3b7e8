package io.rostrum.support.web;

import java.util.Locale;
import org.springframework.boot.http.codec.autoconfigure.HttpCodecsProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ContentTooLargeException;

/**
 * Answers a request body beyond {@code spring.http.codecs.max-in-memory-size} with a 413 problem detail that names
 * the limit and the setting; Spring's own answer names neither. Ahead of Boot's problem-details handler, which
 * would otherwise answer first.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestBodyLimit {

    /** What the codecs hold to when the setting is absent. */
    private static final DataSize SPRING_DEFAULT = DataSize.ofKilobytes(256);

    private final String limit;

    RequestBodyLimit(HttpCodecsProperties codecs) {
        DataSize configured = codecs.getMaxInMemorySize();
        this.limit = readable(configured == null ? SPRING_DEFAULT : configured);
    }

    @ExceptionHandler(ContentTooLargeException.class)
    ProblemDetail tooLarge() {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, "the request body is larger than the "
                + limit + " this service accepts (spring.http.codecs.max-in-memory-size)");
    }

    /** A size as people write it: {@code 16 MB}, {@code 256 KB}, {@code 1,000 bytes}. */
    public static String readable(DataSize size) {
        long bytes = size.toBytes();
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return size.toMegabytes() + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return size.toKilobytes() + " KB";
        }
        return String.format(Locale.ROOT, "%,d bytes", bytes);
    }
}

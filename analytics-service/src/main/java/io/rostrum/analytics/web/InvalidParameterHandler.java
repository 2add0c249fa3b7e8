package io.rostrum.analytics.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns a rejected parameter into an RFC 9457 problem detail. The detail says what is expected and never repeats
 * the rejected value, which is the caller's untrusted input.
 */
@RestControllerAdvice
class InvalidParameterHandler {

    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail invalidParameter(InvalidParameterException invalid) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, invalid.getMessage());
        problem.setTitle("Invalid request parameter");
        problem.setProperty("parameter", invalid.parameter());
        return problem;
    }
}

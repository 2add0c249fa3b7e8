package io.rostrum.analytics.web;

/** A request parameter that is missing or malformed; answered with a 400 problem detail naming the parameter. */
class InvalidParameterException extends RuntimeException {

    private final String parameter;

    InvalidParameterException(String parameter, String problem) {
        super(parameter + " " + problem);
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }
}

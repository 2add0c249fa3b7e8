package io.rostrum.dashboard.web;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A range control the page cannot use is answered with a page that says which one and what it takes. */
@ControllerAdvice
class PageErrors {

    @ExceptionHandler(InvalidRangeException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String invalidRange(InvalidRangeException e, Model model) {
        model.addAttribute("problem", e.getMessage());
        return "problem";
    }
}

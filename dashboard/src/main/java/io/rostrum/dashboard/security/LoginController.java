package io.rostrum.dashboard.security;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ServerWebExchange;

/** Shows the sign-in page; Spring Security handles its form ({@code POST /login}). */
@Controller
class LoginController {

    @GetMapping("/login")
    String login(ServerWebExchange exchange, Model model) {
        MultiValueMap<String, String> query = exchange.getRequest().getQueryParams();
        model.addAttribute("failed", query.containsKey("error"));
        model.addAttribute("signedOut", query.containsKey("logout"));
        return "login";
    }
}

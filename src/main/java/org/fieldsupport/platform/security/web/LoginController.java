package org.fieldsupport.platform.security.web;

import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The login page (form login posts to /login, handled by Spring Security) and the HTML 403 page. */
@Controller
public class LoginController {

    private final boolean oidcEnabled;

    public LoginController(Environment environment) {
        this.oidcEnabled = environment.getProperty("fsp.security.oidc.enabled", Boolean.class, false);
    }

    @GetMapping("/login")
    public String login(Model model) {
        model.addAttribute("oidcEnabled", oidcEnabled);
        return "platform/login";
    }

    /** The shell links the user's name to /profile. */
    @GetMapping("/profile")
    public String profile() {
        return "redirect:/account/profile";
    }

    @RequestMapping("/access-denied")
    @ResponseStatus(HttpStatus.FORBIDDEN)
    public String accessDenied() {
        return "platform/access-denied";
    }
}

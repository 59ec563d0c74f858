package org.cityscore.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The trainers' sign-in page; Spring Security processes the form. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login() {
        return "login";
    }
}

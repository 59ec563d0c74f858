package org.cityscore.account;

import java.util.Locale;
import org.cityscore.system.ApiException;
import org.cityscore.text.Messages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The page of an invitation, where the invited person sets their password; a used or expired one is not found. */
@Controller
class InvitationController {

    private final Invitations invitations;
    private final Messages messages;

    InvitationController(Invitations invitations, Messages messages) {
        this.invitations = invitations;
        this.messages = messages;
    }

    @GetMapping("/invitations/{token}")
    String initPasswordForm(@PathVariable String token, Model model) {
        model.addAttribute("username", invitations.find(token).orElseThrow(Invitations::notFound));
        model.addAttribute("token", token);
        return "account/invitation";
    }

    @PostMapping("/invitations/{token}")
    String processPasswordForm(
            @PathVariable String token, @RequestParam(defaultValue = "") String password, Locale locale, Model model) {
        String username = invitations.find(token).orElseThrow(Invitations::notFound);
        try {
            invitations.accept(token, password);
        } catch (ApiException refused) {
            if (refused.status().value() == 404) {
                throw refused;
            }
            model.addAttribute("username", username);
            model.addAttribute("token", token);
            model.addAttribute("problem", messages.in(refused.text(), locale));
            return "account/invitation";
        }
        return "redirect:/login?invited";
    }
}

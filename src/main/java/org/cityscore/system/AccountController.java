package org.cityscore.system;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cityscore.text.Messages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person's own account: the name and organisation their reports are signed with, their password and API tokens. */
@Controller
class AccountController {

    private final TrainerAccounts accounts;
    private final ApiTokens tokens;
    private final Messages messages;

    AccountController(TrainerAccounts accounts, ApiTokens tokens, Messages messages) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.messages = messages;
    }

    @GetMapping("/account")
    String initAccountForm(Principal trainer, Model model) {
        TrainerProfile profile =
                accounts.profile(trainer.getName()).orElse(new TrainerProfile(trainer.getName(), null, null));
        model.addAttribute("profile", profile);
        model.addAttribute("tokens", tokens.list(trainer.getName()));
        return "account";
    }

    @PostMapping("/account")
    String processAccountForm(
            Principal trainer,
            @RequestParam(defaultValue = "") String displayName,
            @RequestParam(defaultValue = "") String organisation,
            Model model,
            RedirectAttributes redirect) {
        Map<String, TextLimit.TooLong> problems = new LinkedHashMap<>();
        for (TextLimit limit : List.of(TextLimit.DISPLAY_NAME, TextLimit.ORGANISATION)) {
            limit.check(limit == TextLimit.DISPLAY_NAME ? displayName : organisation)
                    .ifPresent(tooLong -> problems.put(limit.field(), tooLong));
        }
        if (!problems.isEmpty()) {
            model.addAttribute("profile", new TrainerProfile(trainer.getName(), displayName, organisation));
            model.addAttribute("problems", problems);
            model.addAttribute("tokens", tokens.list(trainer.getName()));
            return "account";
        }
        accounts.saveProfile(trainer.getName(), displayName, organisation);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/account";
    }

    /** The person changes their own password; a wrong current one or an unfit new one is shown beside its field. */
    @PostMapping("/account/password")
    String changePassword(
            Principal me,
            @RequestParam(defaultValue = "") String current,
            @RequestParam(defaultValue = "") String password,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            accounts.changePassword(me.getName(), current, password);
            redirect.addFlashAttribute("passwordChanged", true);
        } catch (ApiException refused) {
            redirect.addFlashAttribute(
                    "passwordProblems", Map.of(refused.field(), messages.in(refused.text(), locale)));
        }
        return "redirect:/account#password";
    }

    /** The new token's secret travels once, as a flash attribute, to the page that shows it. */
    @PostMapping("/account/tokens")
    String createToken(
            Principal trainer,
            @RequestParam(defaultValue = "") String name,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("newToken", tokens.create(trainer.getName(), name));
        } catch (ApiException refused) {
            redirect.addFlashAttribute("tokenProblem", messages.in(refused.text(), locale));
        }
        return "redirect:/account#tokens";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revokeToken(Principal trainer, @PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(trainer.getName(), id);
        redirect.addFlashAttribute("tokenRevoked", true);
        return "redirect:/account#tokens";
    }
}

package org.cityscore.system;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A trainer's own account: the display name and organisation that reports they prepare are signed with. */
@Controller
class AccountController {

    private final TrainerAccounts accounts;

    AccountController(TrainerAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/account")
    String initAccountForm(Principal trainer, Model model) {
        TrainerProfile profile =
                accounts.profile(trainer.getName()).orElse(new TrainerProfile(trainer.getName(), null, null));
        model.addAttribute("profile", profile);
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
            return "account";
        }
        accounts.saveProfile(trainer.getName(), displayName, organisation);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/account";
    }
}

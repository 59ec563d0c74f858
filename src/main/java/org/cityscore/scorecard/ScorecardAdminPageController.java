package org.cityscore.scorecard;

import java.io.IOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cityscore.system.HeavyWork;
import org.cityscore.system.Reader;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's scorecard pages: upload a scorecard (YAML or authoring workbook) and see its problems, or a preview of it
 * as participants will fill it before publishing it; the versions of each scorecard, their downloads, retiring.
 */
@Controller
@RequestMapping("/admin/scorecards")
class ScorecardAdminPageController {

    private final ScorecardCatalog catalog;
    private final ScorecardUploads uploads;
    private final ScorecardRetirement retirement;
    private final Reader reader;
    private final HeavyWork heavyWork;

    ScorecardAdminPageController(
            ScorecardCatalog catalog,
            ScorecardUploads uploads,
            ScorecardRetirement retirement,
            Reader reader,
            HeavyWork heavyWork) {
        this.catalog = catalog;
        this.uploads = uploads;
        this.retirement = retirement;
        this.reader = reader;
        this.heavyWork = heavyWork;
    }

    @GetMapping
    String manage(Model model) {
        requireAdmin();
        model.addAttribute("scorecards", catalog.current());
        model.addAttribute("retired", catalog.retired());
        return "scorecard/admin";
    }

    @PostMapping("/check")
    String check(@RequestParam("file") MultipartFile file, Model model, Locale locale) throws IOException {
        requireAdmin();
        byte[] bytes = file.getBytes();
        ScorecardUploads.Checked checked = heavyWork.run(() -> uploads.check(file.getOriginalFilename(), bytes));
        String name = ScorecardUploads.nameOf(file.getOriginalFilename());
        if (!checked.isValid()) {
            return refused(model, name, checked.problems());
        }
        model.addAttribute("card", checked.definition());
        model.addAttribute("languageNames", languageNames(checked.definition(), locale));
        model.addAttribute("text", checked.text());
        model.addAttribute("fileName", name);
        return "scorecard/preview";
    }

    @PostMapping("/publish")
    String publish(
            @RequestParam String fileName,
            @RequestParam String text,
            Principal admin,
            Model model,
            RedirectAttributes redirect) {
        requireAdmin();
        try {
            ScorecardDefinition published = uploads.publishText(fileName, text, admin.getName());
            redirect.addFlashAttribute("flash", "flash.scorecard.published");
            return "redirect:/admin/scorecards/" + published.id();
        } catch (ScorecardRejectedException e) {
            return refused(model, fileName, e.problems());
        }
    }

    @GetMapping("/{id}")
    String versions(@PathVariable String id, Model model) {
        requireAdmin();
        List<ScorecardVersions.History> history = new ArrayList<>(retirement.history(id));
        Collections.reverse(history);
        ScorecardDefinition card = catalog.find(id).orElseThrow(() -> ScorecardApiController.notFound(id, null));
        model.addAttribute("card", card);
        model.addAttribute("history", history);
        model.addAttribute("retired", catalog.isRetired(id));
        return "scorecard/versions";
    }

    @PostMapping("/{id}/retire")
    String retire(@PathVariable String id, RedirectAttributes redirect) {
        requireAdmin();
        retirement.retire(id, true);
        redirect.addFlashAttribute("flash", "flash.scorecard.retired");
        return "redirect:/admin/scorecards/" + id;
    }

    @PostMapping("/{id}/restore")
    String restore(@PathVariable String id, RedirectAttributes redirect) {
        requireAdmin();
        retirement.retire(id, false);
        redirect.addFlashAttribute("flash", "flash.scorecard.restored");
        return "redirect:/admin/scorecards/" + id;
    }

    private String refused(Model model, String fileName, List<AuthoringProblem> problems) {
        model.addAttribute("scorecards", catalog.current());
        model.addAttribute("retired", catalog.retired());
        model.addAttribute("problems", problems);
        model.addAttribute("fileName", fileName);
        return "scorecard/admin";
    }

    /** Each of the scorecard's languages by name in the reader's language, with its tag: "Chinese (zh)". */
    private static Map<String, String> languageNames(ScorecardDefinition card, Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        card.languages()
                .forEach(tag -> names.put(tag, Locale.forLanguageTag(tag).getDisplayName(locale) + " (" + tag + ")"));
        return names;
    }

    private void requireAdmin() {
        if (!reader.isAdmin()) {
            throw Reader.forbidden();
        }
    }
}

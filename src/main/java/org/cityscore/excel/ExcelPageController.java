package org.cityscore.excel;

import java.io.IOException;
import java.security.Principal;
import java.util.Locale;
import org.cityscore.scorecard.ScorecardCatalog;
import org.cityscore.system.HeavyWork;
import org.cityscore.workshop.ParticipantPrincipal;
import org.cityscore.workshop.WorkshopService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Workbooks from the pages: download a template or an assessment's workbook, upload a filled one. */
@Controller
class ExcelPageController {

    private final WorkbookImports imports;
    private final ScorecardCatalog catalog;
    private final WorkshopService workshops;
    private final HeavyWork heavyWork;

    ExcelPageController(
            WorkbookImports imports, ScorecardCatalog catalog, WorkshopService workshops, HeavyWork heavyWork) {
        this.imports = imports;
        this.catalog = catalog;
        this.workshops = workshops;
        this.heavyWork = heavyWork;
    }

    @GetMapping("/scorecards/{id}/template.xlsx")
    ResponseEntity<byte[]> template(@PathVariable String id, Locale locale) {
        var definition = catalog.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ExcelApiController.download(
                imports.template(definition, locale.toLanguageTag()),
                id + "-" + definition.version() + "-template.xlsx");
    }

    @GetMapping("/assessments/{id}/workbook.xlsx")
    ResponseEntity<byte[]> workbook(@PathVariable long id, Locale locale) {
        return ExcelApiController.download(imports.workbook(id, locale.toLanguageTag()), "assessment-" + id + ".xlsx");
    }

    @GetMapping("/workshop/workbook.xlsx")
    ResponseEntity<byte[]> participantWorkbook(@AuthenticationPrincipal ParticipantPrincipal me, Locale locale) {
        var workshop = workshops.find(me.workshopId());
        return ExcelApiController.download(
                imports.participantWorkbook(
                        workshop.assessmentId(),
                        me.displayName(),
                        workshops.answersOf(me.participantId()),
                        locale.toLanguageTag()),
                "my-answers.xlsx");
    }

    @GetMapping("/assessments/import")
    String importForm() {
        return "excel/import";
    }

    @PostMapping("/assessments/import")
    String importNew(
            @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) Integer year,
            Principal trainer,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        try {
            WorkbookImports.Imported imported =
                    heavyWork.run(() -> imports.importNew(file.getBytes(), year, trainer.getName() + " (import)"));
            redirect.addFlashAttribute("flash", "flash.imported");
            return "redirect:/assessments/" + imported.assessment().id() + "/results";
        } catch (ImportRejectedException e) {
            model.addAttribute("problems", e.problems());
            model.addAttribute("fileName", file.getOriginalFilename());
            return "excel/import";
        }
    }

    @PostMapping("/assessments/{id}/import")
    String importInto(
            @PathVariable long id,
            @RequestParam("file") MultipartFile file,
            Principal trainer,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        try {
            heavyWork.run(() -> imports.importInto(id, file.getBytes(), trainer.getName() + " (import)"));
            redirect.addFlashAttribute("flash", "flash.imported");
            return "redirect:/assessments/" + id + "/results";
        } catch (ImportRejectedException e) {
            model.addAttribute("problems", e.problems());
            model.addAttribute("fileName", file.getOriginalFilename());
            model.addAttribute("assessmentId", id);
            return "excel/import";
        }
    }
}

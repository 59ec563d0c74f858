package org.cityscore.action;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.cityscore.city.CityService;
import org.cityscore.system.HeavyWork;
import org.cityscore.system.WorkbookType;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The city's action register: its actions by due date, filtered by status, owner and whether they are overdue; the
 * same list as a workbook, and a workbook imported back.
 */
@Controller
class ActionPageController {

    private final ActionService actions;
    private final ActionRegister register;
    private final CityService cities;
    private final HeavyWork heavyWork;

    ActionPageController(ActionService actions, ActionRegister register, CityService cities, HeavyWork heavyWork) {
        this.actions = actions;
        this.register = register;
        this.cities = cities;
        this.heavyWork = heavyWork;
    }

    @GetMapping("/cities/{cityId}/actions")
    String register(
            @PathVariable long cityId,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String owner,
            @RequestParam(required = false) Boolean overdue,
            Model model) {
        model.addAttribute("city", cities.find("cityId", cityId));
        model.addAttribute("actions", actions.list(cityId, new ActionService.Filter(status, owner, overdue)));
        model.addAttribute("statuses", ActionWorkbooks.STATUSES);
        model.addAttribute("status", status);
        model.addAttribute("owner", owner);
        model.addAttribute("overdue", Boolean.TRUE.equals(overdue));
        model.addAttribute("today", LocalDate.now(ZoneOffset.UTC));
        model.addAttribute("workbookLink", workbookLink(cityId, status, owner, overdue));
        return "action/register";
    }

    /** The workbook's link with the filters the page was given, and no others. */
    private static String workbookLink(long cityId, String status, String owner, Boolean overdue) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/cities/{id}/actions.xlsx");
        if (status != null && !status.isBlank()) {
            link.queryParam("status", status);
        }
        if (owner != null && !owner.isBlank()) {
            link.queryParam("owner", owner);
        }
        if (Boolean.TRUE.equals(overdue)) {
            link.queryParam("overdue", true);
        }
        return link.buildAndExpand(cityId).encode().toUriString();
    }

    /** The register as a workbook, with the page's filters. */
    @GetMapping("/cities/{cityId}/actions.xlsx")
    ResponseEntity<byte[]> workbook(
            @PathVariable long cityId,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String owner,
            @RequestParam(required = false) Boolean overdue,
            Locale locale) {
        byte[] workbook =
                heavyWork.run(() -> register.export(cityId, new ActionService.Filter(status, owner, overdue), locale));
        return ResponseEntity.ok()
                .contentType(WorkbookType.XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("actions-city-" + cityId + ".xlsx", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(workbook);
    }

    /** Imports an edited register: back to the register with what it did, or the register with every problem. */
    @PostMapping("/cities/{cityId}/actions/import")
    String importRegister(
            @PathVariable long cityId,
            @RequestParam("file") MultipartFile file,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        byte[] bytes = file.getBytes();
        try {
            redirect.addFlashAttribute(
                    "imported",
                    heavyWork.run(() -> register.importWorkbook(cityId, file.getOriginalFilename(), bytes)));
            return "redirect:/cities/" + cityId + "/actions";
        } catch (ActionImportRejected e) {
            model.addAttribute("problems", e.problems());
            model.addAttribute("fileName", file.getOriginalFilename());
            return register(cityId, null, null, null, model);
        }
    }
}

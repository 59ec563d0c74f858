package org.cityscore.excel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cityscore.assessment.Assessment;
import org.cityscore.scorecard.AuthoringWorkbooks;
import org.cityscore.scorecard.ScorecardCatalog;
import org.cityscore.system.ApiException;
import org.cityscore.system.HeavyWork;
import org.cityscore.system.WorkbookType;
import org.cityscore.text.ApiLanguage;
import org.cityscore.text.Message;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.json.JsonMapper;

/** Workbooks out (a blank template, an assessment's answers) and filled workbooks in. */
@RestController
class ExcelApiController {

    private final WorkbookImports imports;
    private final ScorecardCatalog catalog;
    private final AuthoringWorkbooks authoring;

    private final JsonMapper json;
    private final HeavyWork heavyWork;

    ExcelApiController(
            WorkbookImports imports,
            ScorecardCatalog catalog,
            AuthoringWorkbooks authoring,
            JsonMapper json,
            HeavyWork heavyWork) {
        this.imports = imports;
        this.catalog = catalog;
        this.authoring = authoring;
        this.json = json;
        this.heavyWork = heavyWork;
    }

    @GetMapping("/api/scorecards/{id}/template.xlsx")
    ResponseEntity<byte[]> template(@PathVariable String id, ApiLanguage language) {
        var definition = catalog.find(id)
                .orElseThrow(
                        () -> new ApiException(HttpStatus.NOT_FOUND, "id", Message.of("excel.scorecard.notFound", id)));
        return download(
                imports.template(definition, language.tag()), id + "-" + definition.version() + "-template.xlsx");
    }

    /** The scorecard in the authoring layout (scorecards/README.md): edit it and upload it as a new version. */
    @GetMapping("/api/scorecards/{id}/authoring.xlsx")
    ResponseEntity<byte[]> authoring(
            @PathVariable String id, @RequestParam(required = false) String version, ApiLanguage language) {
        var definition = (version == null ? catalog.find(id) : catalog.find(id, version))
                .orElseThrow(
                        () -> new ApiException(HttpStatus.NOT_FOUND, "id", Message.of("excel.scorecard.notFound", id)));
        return download(
                heavyWork.run(() -> authoring.export(definition, language.locale())),
                id + "-" + definition.version() + "-authoring.xlsx");
    }

    @GetMapping("/api/scorecards/authoring-template.xlsx")
    ResponseEntity<byte[]> authoringTemplate(ApiLanguage language) {
        return download(authoring.template(language.locale()), "scorecard-authoring-template.xlsx");
    }

    @GetMapping("/api/assessments/{id}/workbook.xlsx")
    ResponseEntity<byte[]> workbook(@PathVariable long id, ApiLanguage language) {
        return download(imports.workbook(id, language.tag()), "assessment-" + id + ".xlsx");
    }

    @PostMapping("/api/assessments/import")
    ResponseEntity<Map<String, Object>> importNew(
            @RequestParam("file") MultipartFile file, @RequestParam(required = false) Integer year, Principal trainer)
            throws IOException {
        WorkbookImports.Imported imported =
                heavyWork.run(() -> imports.importNew(file.getBytes(), year, trainer.getName() + " (import)"));
        Map<String, Object> body = new LinkedHashMap<>(json.convertValue(imported.assessment(), Map.class));
        body.put("import", imported.report());
        return ResponseEntity.status(HttpStatus.CREATED).body(body);
    }

    @PostMapping("/api/assessments/{id}/import")
    Assessment importInto(@PathVariable long id, @RequestParam("file") MultipartFile file, Principal trainer)
            throws IOException {
        return heavyWork.run(() -> imports.importInto(id, file.getBytes(), trainer.getName() + " (import)"));
    }

    static ResponseEntity<byte[]> download(byte[] workbook, String fileName) {
        return ResponseEntity.ok()
                .contentType(WorkbookType.XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(workbook);
    }
}

package org.cityscore.excel;

import org.cityscore.system.ApiErrors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import java.util.List;
import java.util.Map;

/** Import failures as JSON: 422 with every problem and its cell; 413 for a file over the size limit. */
@RestControllerAdvice
class ExcelApiErrors {

    @ExceptionHandler(ImportRejectedException.class)
    ResponseEntity<Map<String, List<ImportProblem>>> rejected(ImportRejectedException e) {
        return ResponseEntity.unprocessableContent().body(Map.of("errors", e.problems()));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiErrors> tooLarge(MaxUploadSizeExceededException e) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(ApiErrors.of("file",
                "The file is larger than this Cityscore accepts (cityscore.import.max-size). A filled workbook is usually under 1 MB: "
                        + "remove pictures and extra sheets, or export a fresh template."));
    }
}

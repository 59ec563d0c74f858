package org.cityscore.excel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.cityscore.assessment.AssessmentService;
import org.cityscore.system.FirstStartLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Imports the illustrative workbooks of {@code sample-assessments/} when the database has no assessment yet, so
 * that a newcomer sees filled assessments at once. Each loads completely or not at all, marked illustrative.
 */
@Component
class SampleWorkbooks implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SampleWorkbooks.class);

    private final WorkbookImports imports;
    private final AssessmentService assessments;
    private final FirstStartLock lock;
    private final Path folder;
    private final boolean loadOnEmpty;

    SampleWorkbooks(
            WorkbookImports imports,
            AssessmentService assessments,
            FirstStartLock lock,
            @Value("${cityscore.samples-dir:sample-assessments}") Path folder,
            @Value("${cityscore.samples.load-on-empty:true}") boolean loadOnEmpty) {
        this.imports = imports;
        this.assessments = assessments;
        this.lock = lock;
        this.folder = folder;
        this.loadOnEmpty = loadOnEmpty;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (loadOnEmpty && Files.isDirectory(folder)) {
            lock.holding(this::loadIfEmpty);
        }
    }

    private void loadIfEmpty() {
        if (!assessments.isEmpty()) {
            return;
        }
        for (Path file : files()) {
            try {
                var imported = imports.importNew(Files.readAllBytes(file), null, "sample data", true);
                log.info(
                        "Loaded illustrative sample assessment {} from {}",
                        imported.assessment().id(),
                        file.getFileName());
            } catch (ImportRejectedException e) {
                log.warn("Sample {} was not loaded: {}", file.getFileName(), e.problems());
            } catch (IOException | RuntimeException e) {
                log.warn("Sample {} was not loaded: {}", file.getFileName(), e.getMessage());
            }
        }
    }

    List<Path> files() {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().matches(".*\\.xls[xm]$"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            log.warn("Cannot list {}: {}", folder.toAbsolutePath(), e.getMessage());
            return List.of();
        }
    }
}

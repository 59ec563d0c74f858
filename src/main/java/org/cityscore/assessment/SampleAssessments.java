package org.cityscore.assessment;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Loads the illustrative assessments of {@code sample-assessments/} when the database has none, so that a
 * newcomer sees filled assessments at once. Each file loads completely or not at all.
 */
@Component
class SampleAssessments implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SampleAssessments.class);

    private final AssessmentService service;
    private final TransactionTemplate transaction;
    private final Path folder;
    private final boolean loadOnEmpty;

    SampleAssessments(AssessmentService service, TransactionTemplate transaction,
                      @Value("${cityscore.samples-dir:sample-assessments}") Path folder,
                      @Value("${cityscore.samples.load-on-empty:true}") boolean loadOnEmpty) {
        this.service = service;
        this.transaction = transaction;
        this.folder = folder;
        this.loadOnEmpty = loadOnEmpty;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!loadOnEmpty || !service.isEmpty() || !Files.isDirectory(folder)) {
            return;
        }
        for (Path file : files()) {
            try {
                Assessment loaded = transaction.execute(status -> load(file));
                log.info("Loaded illustrative sample assessment {} from {}", loaded.id(), file.getFileName());
            } catch (RuntimeException e) {
                log.warn("Sample assessment {} was not loaded: {}", file.getFileName(), e.getMessage());
            }
        }
    }

    List<Path> files() {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            log.warn("Cannot list {}: {}", folder.toAbsolutePath(), e.getMessage());
            return List.of();
        }
    }

    /** Creates the assessment of one sample file with all its responses; throws if anything in it is wrong. */
    Assessment load(Path file) {
        Map<String, Object> sample = read(file);
        Assessment assessment = service.create(new AssessmentService.NewAssessment(string(sample, "scorecard"),
                string(sample, "city"), string(sample, "country"), ((Number) sample.get("year")).intValue(),
                string(sample, "title"), string(sample, "notes")), true);
        Object responses = sample.getOrDefault("responses", Map.of());
        ((Map<?, ?>) responses).forEach((code, answer) -> {
            Map<?, ?> fields = (Map<?, ?>) answer;
            service.respond(assessment.id(), String.valueOf(code), new ResponseValue(
                    fields.get("level") == null ? null : ((Number) fields.get("level")).intValue(),
                    fields.get("value") == null ? null : new BigDecimal(String.valueOf(fields.get("value"))),
                    Boolean.TRUE.equals(fields.get("notApplicable")), text(fields, "comment"), text(fields, "evidence"),
                    text(fields, "action"), text(fields, "responsible"), text(fields, "timescale")), 0, "sample data");
        });
        return assessment;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String string(Map<String, Object> sample, String key) {
        Object value = sample.get(key);
        return value == null ? null : String.valueOf(value);
    }

    private static String text(Map<?, ?> fields, String key) {
        Object value = fields.get(key);
        return value == null ? null : String.valueOf(value);
    }
}

package org.cityscore.scorecard;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cityscore.system.Audit;
import org.cityscore.text.Message;
import org.cityscore.text.Messages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.reader.UnicodeReader;

/**
 * Publishes an uploaded scorecard, a YAML file or an authoring workbook, as a new version in the database: checked
 * by the loader's own parser (a workbook is first turned into the same structure, and each problem's key path
 * mapped back to its cell), every problem reported at once, nothing stored while there is one.
 */
@Component
public class ScorecardUploads {

    /**
     * A checked upload: its definition and the YAML text stored for it, or its problems; {@code cells} where a
     * workbook's key paths were read from (empty for YAML).
     */
    public record Checked(
            ScorecardDefinition definition, String text, List<AuthoringProblem> problems, Map<String, String> cells) {
        public boolean isValid() {
            return problems.isEmpty();
        }
    }

    /** The database's column sizes (V15). */
    private static final int MAX_ID = 100;

    private static final int MAX_VERSION = 50;

    private final AuthoringWorkbooks workbooks;
    private final ScorecardCatalog catalog;
    private final ScorecardVersions versions;
    private final Messages messages;
    private final Audit audit;
    private final long maxFileSize;
    private final Clock clock = Clock.systemUTC();

    ScorecardUploads(
            AuthoringWorkbooks workbooks,
            ScorecardCatalog catalog,
            ScorecardVersions versions,
            Messages messages,
            Audit audit,
            @Value("${cityscore.scorecards.max-file-size:2MB}") DataSize maxFileSize) {
        this.workbooks = workbooks;
        this.catalog = catalog;
        this.versions = versions;
        this.messages = messages;
        this.audit = audit;
        this.maxFileSize = maxFileSize.toBytes();
    }

    /** Checks an upload without storing it: the preview, and the first step of {@link #publish}. */
    public Checked check(String fileName, byte[] bytes) {
        Checked checked = read(fileName, bytes);
        return checked.isValid() ? checkVersion(checked, fileName) : checked;
    }

    /** Reads an upload into a definition with the loader's checks, whatever versions are stored already. */
    public Checked read(String fileName, byte[] bytes) {
        String file = nameOf(fileName);
        String lower = file.toLowerCase(Locale.ROOT);
        if (bytes.length > maxFileSize) {
            return refused(file, Message.of("scorecard.upload.tooLarge", maxFileSize));
        }
        if (lower.endsWith(".xlsx")) {
            return fromWorkbook(file, bytes);
        }
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return fromYaml(file, text(bytes));
        }
        return refused(file, Message.of("scorecard.upload.fileType"));
    }

    /** The uploaded file's name as problems and the version history show it: its last part, at most 200 characters. */
    public static String nameOf(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "upload";
        }
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1)
                .strip();
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    /** Stores a valid upload as a new version (201), or throws every problem (422) and stores nothing. */
    @Transactional
    public ScorecardDefinition publish(String fileName, byte[] bytes, String addedBy) {
        return store(check(fileName, bytes), nameOf(fileName), addedBy);
    }

    /**
     * Stores the YAML text a preview showed (an uploaded workbook's text, as {@link Checked#text()} gave it), checked
     * again, under the name of the file it came from.
     */
    @Transactional
    public ScorecardDefinition publishText(String fileName, String text, String addedBy) {
        Checked checked = fromYaml(nameOf(fileName), text);
        return store(checked.isValid() ? checkVersion(checked, fileName) : checked, nameOf(fileName), addedBy);
    }

    private ScorecardDefinition store(Checked checked, String file, String addedBy) {
        if (!checked.isValid()) {
            throw new ScorecardRejectedException(checked.problems(), messages);
        }
        ScorecardDefinition definition = checked.definition();
        if (!versions.addUpload(definition, file, checked.text(), addedBy, clock.instant())) {
            throw new ScorecardRejectedException(
                    List.of(versionProblem(file, checked, definition.version())), messages);
        }
        audit.record("scorecard.upload", "scorecard/" + definition.id(), null, "version=" + definition.version());
        catalog.refresh();
        return definition;
    }

    private Checked fromYaml(String file, String text) {
        ScorecardParser.Outcome outcome = new ScorecardParser().parse(file, new StringReader(text));
        return new Checked(
                outcome.definition(),
                text,
                outcome.problems().stream().map(AuthoringProblem::ofYaml).toList(),
                Map.of());
    }

    private Checked fromWorkbook(String file, byte[] bytes) {
        AuthoredWorkbook workbook = workbooks.read(file, bytes);
        if (workbook.tree() == null) {
            return new Checked(null, null, workbook.problems(), Map.of());
        }
        String text = yaml(file, workbook.tree());
        ScorecardParser.Outcome outcome = new ScorecardParser().parse(file, new StringReader(text));
        List<AuthoringProblem> problems = new ArrayList<>(workbook.problems());
        for (ScorecardProblem problem : outcome.problems()) {
            problems.add(atCell(file, problem.path(), problem.text(), workbook.cells()));
        }
        return new Checked(problems.isEmpty() ? outcome.definition() : null, text, problems, workbook.cells());
    }

    static AuthoringProblem atCell(String file, String path, Message text, Map<String, String> cells) {
        String cell = AuthoringCells.of(path, cells);
        String sheet = cell == null ? null : cell.substring(0, cell.indexOf('!'));
        return AuthoringProblem.atCell(file, sheet, cell, path, text);
    }

    /** A new version of an id must be higher than every stored one: assessments keep the version they were made with. */
    private Checked checkVersion(Checked checked, String fileName) {
        String file = nameOf(fileName);
        ScorecardDefinition definition = checked.definition();
        List<AuthoringProblem> tooLong = new ArrayList<>();
        if (definition.id().length() > MAX_ID) {
            tooLong.add(problemAt(file, checked, "id", Message.of("scorecard.upload.tooLong", "id", MAX_ID)));
        }
        if (definition.version().length() > MAX_VERSION) {
            tooLong.add(problemAt(
                    file, checked, "version", Message.of("scorecard.upload.tooLong", "version", MAX_VERSION)));
        }
        if (!tooLong.isEmpty()) {
            return new Checked(null, checked.text(), tooLong, checked.cells());
        }
        String highest = versions.versionsOf(definition.id()).stream()
                .max(VersionOrder.INSTANCE)
                .orElse(null);
        if (highest == null || VersionOrder.INSTANCE.compare(definition.version(), highest) > 0) {
            return checked;
        }
        return new Checked(null, checked.text(), List.of(versionProblem(file, checked, highest)), checked.cells());
    }

    private AuthoringProblem versionProblem(String file, Checked checked, String highest) {
        return problemAt(
                file,
                checked,
                "version",
                Message.of(
                        "scorecard.upload.versionNotHigher",
                        checked.definition().id(),
                        checked.definition().version(),
                        highest));
    }

    /** A problem of a top-level key: at its cell in a workbook, at its line in a YAML file. */
    private static AuthoringProblem problemAt(String file, Checked checked, String key, Message text) {
        if (!checked.cells().isEmpty()) {
            return atCell(file, key, text, checked.cells());
        }
        return new AuthoringProblem(file, null, null, key, lineOf(checked.text(), key + ":"), text);
    }

    private static Integer lineOf(String text, String start) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(start)) {
                return i + 1;
            }
        }
        return null;
    }

    private static Checked refused(String file, Message text) {
        return new Checked(null, null, List.of(AuthoringProblem.ofFile(file, text)), Map.of());
    }

    /** The uploaded bytes as text: UTF-8 unless a byte-order mark says UTF-16 or UTF-32. */
    private static String text(byte[] bytes) {
        try (Reader reader = new UnicodeReader(new ByteArrayInputStream(bytes))) {
            StringWriter text = new StringWriter();
            reader.transferTo(text);
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tree a workbook was read into, as the YAML text stored and snapshotted like any scorecard file's. */
    static String yaml(String file, Map<String, Object> tree) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setSplitLines(false);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        // not user-facing: a comment in the stored YAML text
        return "# Written by Cityscore from the authoring workbook " + file.replaceAll("[\\r\\n]", " ") + "\n"
                + new Yaml(options).dump(tree);
    }
}

package org.cityscore.action;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.cityscore.scorecard.ScorecardDefinition;
import org.cityscore.text.Message;

/**
 * Checks the rows of an uploaded register one cell at a time with the bounds of {@link ActionRules}, collecting every
 * problem at its cell instead of stopping at the first, and plans what each row does: add an action, change one of
 * this city's actions, or nothing. A row that changes an action changed by someone else since the export is refused.
 */
final class RegisterCheck {

    /** What a row does: a new action ({@code current} null), a change, or nothing ({@code next} equal to current). */
    record Planned(Action current, Action next) {
        boolean isNew() {
            return current == null;
        }

        boolean changes() {
            return current != null && !current.equals(next);
        }
    }

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final String file;
    private final String sheet;
    private final long cityId;
    private final ActionService actions;
    private final ActionRepository repository;
    private final List<RegisterProblem> problems = new ArrayList<>();
    private final Map<Long, Integer> rowOfId = new HashMap<>();
    // read once for all rows, not a query per row: a row's id names one of these or is refused
    private final Map<Long, Action> ofCity;

    RegisterCheck(String file, String sheet, long cityId, ActionService actions, ActionRepository repository) {
        this.file = file;
        this.sheet = sheet;
        this.cityId = cityId;
        this.actions = actions;
        this.repository = repository;
        this.ofCity = repository.ofCity(cityId).stream().collect(Collectors.toMap(Action::id, Function.identity()));
    }

    List<RegisterProblem> problems() {
        return problems;
    }

    /** The plan of every row without a problem; see {@link #problems()} for the others. */
    List<Planned> plan(List<RegisterRow> rows) {
        List<Planned> planned = new ArrayList<>();
        for (RegisterRow row : rows) {
            Planned one = plan(row);
            if (one != null) {
                planned.add(one);
            }
        }
        return planned;
    }

    private Planned plan(RegisterRow row) {
        int before = problems.size();
        Action current = current(row);
        ScorecardDefinition scorecard =
                checked(row, RegisterColumn.SCORECARD, () -> actions.scorecard(row.get(RegisterColumn.SCORECARD)));
        List<String> codes = scorecard == null
                ? null
                : checked(row, RegisterColumn.INDICATORS, () -> ActionRules.indicators(codes(row), scorecard));
        String title = checked(row, RegisterColumn.TITLE, () -> ActionRules.title(row.get(RegisterColumn.TITLE)));
        String description = checked(
                row, RegisterColumn.DESCRIPTION, () -> ActionRules.description(row.get(RegisterColumn.DESCRIPTION)));
        String owner = checked(row, RegisterColumn.OWNER, () -> ActionRules.owner(row.get(RegisterColumn.OWNER)));
        String lead = checked(row, RegisterColumn.LEAD, () -> ActionRules.lead(row.get(RegisterColumn.LEAD)));
        LocalDate due = checked(row, RegisterColumn.DUE, () -> ActionRules.due(row.get(RegisterColumn.DUE)));
        String status = checked(row, RegisterColumn.STATUS, () -> status(row, current));
        if (problems.size() > before) {
            return null;
        }
        Planned planned = new Planned(
                current,
                new Action(
                        current == null ? 0 : current.id(),
                        cityId,
                        scorecard.id(),
                        codes,
                        title,
                        description,
                        owner,
                        lead,
                        due,
                        status,
                        current == null ? List.of() : current.updates(),
                        current == null ? null : current.createdFrom()));
        return planned.changes() && changedSinceExport(row, current) ? null : planned;
    }

    /** The action a row's id names: one of this city's, named once; null for a row without an id or with a problem. */
    private Action current(RegisterRow row) {
        String typed = row.get(RegisterColumn.ID);
        if (typed == null) {
            return null;
        }
        Action found = parseId(typed).map(ofCity::get).orElse(null);
        if (found == null) {
            problem(
                    row,
                    RegisterColumn.ID,
                    RegisterColumn.ID.field(),
                    Message.of("action.import.id", ActionRules.cut(typed)));
            return null;
        }
        Integer earlier = rowOfId.putIfAbsent(found.id(), row.row());
        if (earlier != null) {
            problem(
                    row,
                    RegisterColumn.ID,
                    RegisterColumn.ID.field(),
                    Message.of("action.import.idTwice", found.id(), earlier, row.row()));
            return null;
        }
        return found;
    }

    /** A new row without a status starts planned; every other row names one of the four. */
    private static String status(RegisterRow row, Action current) {
        String typed = row.get(RegisterColumn.STATUS);
        if (typed == null && current == null) {
            return ActionRules.PLANNED;
        }
        return ActionRules.status("status", Objects.requireNonNullElse(typed, ""));
    }

    /**
     * Whether the action was changed after the workbook was exported: its last update in the sheet (to the
     * millisecond, as the export wrote it) is not the stored one. The row is locked until the import ends.
     */
    private boolean changedSinceExport(RegisterRow row, Action current) {
        Instant stored = repository.lockUpdatedAt(current.id()).orElseThrow().truncatedTo(ChronoUnit.MILLIS);
        String typed = row.get(RegisterColumn.UPDATED);
        Instant exported = parseTime(typed);
        if (exported == null) {
            problem(
                    row,
                    RegisterColumn.UPDATED,
                    RegisterColumn.UPDATED.field(),
                    Message.of("action.import.updatedMissing", current.id()));
            return true;
        }
        if (!exported.equals(stored)) {
            problem(
                    row,
                    RegisterColumn.UPDATED,
                    RegisterColumn.UPDATED.field(),
                    Message.of(
                            "action.import.changedSinceExport",
                            current.id(),
                            SHOWN.format(stored.atOffset(ZoneOffset.UTC))));
            return true;
        }
        return false;
    }

    /** Runs one cell's check; a refusal becomes a problem at that cell and the value null. */
    private <T> T checked(RegisterRow row, RegisterColumn column, Supplier<T> check) {
        try {
            return check.get();
        } catch (ActionException refused) {
            problem(row, column, refused.field(), refused.text());
            return null;
        }
    }

    private void problem(RegisterRow row, RegisterColumn column, String field, Message text) {
        problems.add(RegisterProblem.atCell(file, sheet, column.cell(sheet, row.row()), field, text));
    }

    /** Codes as typed in one cell: separated by commas, semicolons or spaces. */
    private static List<String> codes(RegisterRow row) {
        String typed = row.get(RegisterColumn.INDICATORS);
        if (typed == null) {
            return List.of();
        }
        return Arrays.stream(typed.split("[,;\\s]+"))
                .filter(code -> !code.isBlank())
                .toList();
    }

    private static Optional<Long> parseId(String typed) {
        try {
            long id = Long.parseLong(typed.strip());
            return id > 0 ? Optional.of(id) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Instant parseTime(String typed) {
        if (typed == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(typed.strip()).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

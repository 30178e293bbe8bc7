package dev.hybridnet.app;

import dev.hybridnet.fixes.QuickFix;
import dev.hybridnet.validation.Checked;
import dev.hybridnet.validation.Finding;
import dev.hybridnet.validation.PatternMatch;
import dev.hybridnet.validation.Severity;
import dev.hybridnet.validation.ValidationReport;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.controlsfx.control.SegmentedButton;

/**
 * The bottom panel: which reference architecture the design realises (with a checklist of what is missing) and
 * the validator's findings in a table that sorts by any column and filters by severity. Double-click (or Enter) on
 * a finding, or a click on a checklist step, selects its elements and scrolls them into view.
 */
final class ProblemsPane extends BorderPane {

    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final FilteredList<Finding> filtered = new FilteredList<>(findings);
    private final TableView<Finding> table = new TableView<>();
    static final String NO_PROBLEMS = "No problems: the design follows every rule.";
    private final Label header = new Label();
    private final Label noProblems = new Label(NO_PROBLEMS);
    private final VBox reference = new VBox(2);
    private final Set<Severity> shown = EnumSet.allOf(Severity.class);
    private final Consumer<List<String>> reveal;
    private final java.util.function.Function<Finding, Optional<QuickFix>> fixFor;
    private final Consumer<Finding> applyFix;
    /** Validate This: only the findings that name one of these ids; empty for all of them. */
    private Optional<Set<String>> only = Optional.empty();
    private final Label onlyLabel = new Label();
    private final javafx.scene.control.Button showAll = new javafx.scene.control.Button("Show All");
    /** The report whose findings the table holds; null while checking. */
    private ValidationReport shownReport;

    /**
     * {@code reveal} shows elements on the canvas; {@code fixFor} says which quick fix a finding has now, and
     * {@code applyFix} applies it as one undoable command.
     */
    ProblemsPane(Consumer<List<String>> reveal, java.util.function.Function<Finding, Optional<QuickFix>> fixFor,
            Consumer<Finding> applyFix) {
        this.reveal = reveal;
        this.fixFor = fixFor;
        this.applyFix = applyFix;
        setId("problems");
        table.setId("problems-table");
        table.setPlaceholder(new Label(NO_PROBLEMS));
        table.getColumns().setAll(List.of(severityColumn(), column("Message", 460, Finding::message), fixColumn(),
                column("Rule", 180, Finding::rule), column("Elements", 200, f -> String.join(", ", f.elements()))));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        SortedList<Finding> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setRowFactory(v -> {
            javafx.scene.control.TableRow<Finding> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    reveal.accept(row.getItem().elements());
                }
            });
            row.setOnContextMenuRequested(e -> {
                if (row.getItem() != null) {
                    contextMenu(row.getItem()).show(row, e.getScreenX(), e.getScreenY());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            Finding f = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && f != null) {
                reveal.accept(f.elements());
            }
        });
        header.setId("problems-header");
        header.getStyleClass().add("panel-heading");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        onlyLabel.setId("problems-only");
        showAll.setId("problems-show-all");
        showAll.setOnAction(e -> showAll());
        onlyLabel.managedProperty().bind(onlyLabel.visibleProperty());
        showAll.managedProperty().bind(showAll.visibleProperty());
        onlyLabel.setVisible(false);
        showAll.setVisible(false);
        HBox top = new HBox(10, header, onlyLabel, showAll, spacer, filters());
        top.setAlignment(Pos.CENTER_LEFT);
        reference.setId("problems-reference");
        reference.setMinWidth(0);
        VBox north = new VBox(4, top, reference);
        north.setPadding(new Insets(4, 6, 4, 6));
        setTop(north);
        // The table only once there is a finding: a design without any shows one line instead, and the window's
        // first frame is spared the table's columns, rows and scroll bars (decision 0026).
        noProblems.setId("problems-none");
        noProblems.getStyleClass().add("problems-none");
        noProblems.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        findings.addListener((javafx.collections.ListChangeListener<Finding>) c -> showTableIfAny());
        showTableIfAny();
        setPrefHeight(180);
        checking();
    }

    /**
     * Shows the check of the current diagram, or "Checking…" and nothing else while it is being worked out. The
     * table is filled again only when the report is another one.
     */
    void show(Optional<Checked> checked) {
        if (checked.isEmpty()) {
            checking();
            return;
        }
        ValidationReport report = checked.get().report();
        if (report == shownReport) {
            return;
        }
        shownReport = report;
        findings.setAll(report.findings());
        header.setText("Problems: " + counts(report));
        reference.getChildren().setAll(referenceLines(report));
        setDisable(false);
    }

    /** "2 errors, 1 warning", and the notes when there are any: "0 errors, 0 warnings, 3 notes". */
    static String counts(ValidationReport report) {
        long errors = report.count(Severity.ERROR);
        long warnings = report.count(Severity.WARNING);
        long notes = report.count(Severity.INFO);
        return errors + (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning" : " warnings")
                + (notes == 0 ? "" : ", " + notes + (notes == 1 ? " note" : " notes"));
    }

    /** The table while there are findings (even if the filters hide them all), else the line that says so. */
    private void showTableIfAny() {
        javafx.scene.Node wanted = findings.isEmpty() ? noProblems : table;
        if (getCenter() != wanted) {
            setCenter(wanted);
        }
    }

    /** While the current design is being checked: no earlier answer is left on show. */
    private void checking() {
        if (shownReport == null && isDisable()) {
            return; // already showing "checking"
        }
        shownReport = null;
        findings.clear();
        reference.getChildren().setAll(new Label("Checking the design…"));
        header.setText("Problems: checking…");
        setDisable(true);
    }

    /**
     * Validate This: shows only the findings that name one of {@code ids} (an element and what it contains), under
     * "Only {@code what}", with Show All to go back; the filter stays across changes until then.
     */
    void showOnly(String what, Set<String> ids) {
        only = Optional.of(Set.copyOf(ids));
        onlyLabel.setText("Only " + what);
        onlyLabel.setVisible(true);
        showAll.setVisible(true);
        filter();
    }

    /** Every finding again (the severity buttons still apply). */
    void showAll() {
        only = Optional.empty();
        onlyLabel.setVisible(false);
        showAll.setVisible(false);
        filter();
    }

    private void filter() {
        filtered.setPredicate(f -> shown.contains(f.severity())
                && only.map(ids -> f.elements().stream().anyMatch(ids::contains)).orElse(true));
    }

    /** The findings as the table shows them now (filtered and sorted), for tests. */
    List<Finding> visibleFindings() {
        return List.copyOf(table.getItems());
    }

    private List<javafx.scene.Node> referenceLines(ValidationReport report) {
        List<javafx.scene.Node> lines = new ArrayList<>();
        List<PatternMatch> relevant = new ArrayList<>();
        for (PatternMatch m : report.patterns()) {
            boolean declared = report.declared().filter(r -> r == m.reference()).isPresent();
            if (declared || m.realised() || (m.status() == PatternMatch.Status.PARTIAL && m.within().isEmpty()
                    && report.declared().isEmpty())) {
                relevant.add(m);
            }
        }
        if (relevant.isEmpty()) {
            lines.add(new Label("Reference architecture: none recognised yet. Start from a sample, or place a "
                    + "gateway and an on-premises network."));
            return lines;
        }
        for (PatternMatch m : relevant) {
            String declared = report.declared().filter(r -> r == m.reference()).isPresent() ? " (declared)" : "";
            Label line = new Label(m.reference().title() + declared + ": " + switch (m.status()) {
                case COMPLETE -> "complete";
                case PARTIAL -> "partial, " + m.missing().size() + " to do";
                case ABSENT -> "not realised yet";
            });
            line.getStyleClass().addAll("reference-line", m.status() == PatternMatch.Status.COMPLETE
                    ? "reference-complete" : "reference-partial");
            lines.add(line);
            line.setMinWidth(0); // a long line is cut with an ellipsis; it never widens the panel
            line.setTooltip(new javafx.scene.control.Tooltip(line.getText()));
            FlowPane steps = new FlowPane(12, 0);
            steps.setMinWidth(0);
            for (PatternMatch.Step step : m.missing()) {
                Hyperlink link = new Hyperlink("☐ " + step.instruction());
                link.setMinWidth(0);
                link.setTooltip(new javafx.scene.control.Tooltip(step.instruction()));
                link.setOnAction(e -> reveal.accept(step.elements()));
                link.setDisable(step.elements().isEmpty());
                steps.getChildren().add(link);
            }
            if (!steps.getChildren().isEmpty()) {
                lines.add(steps);
            }
        }
        return lines;
    }

    private SegmentedButton filters() {
        List<ToggleButton> buttons = new ArrayList<>();
        for (Severity s : Severity.values()) {
            ToggleButton b = new ToggleButton(switch (s) {
                case ERROR -> "Errors";
                case WARNING -> "Warnings";
                default -> "Notes";
            });
            b.setId("problems-filter-" + s.name().toLowerCase(java.util.Locale.ROOT));
            b.setSelected(true);
            b.selectedProperty().addListener((o, was, on) -> {
                if (on) {
                    shown.add(s);
                } else {
                    shown.remove(s);
                }
                filter();
            });
            buttons.add(b);
        }
        SegmentedButton segmented = new SegmentedButton(FXCollections.observableArrayList(buttons));
        segmented.setToggleGroup(null);
        return segmented;
    }

    private javafx.scene.control.ContextMenu contextMenu(Finding f) {
        javafx.scene.control.MenuItem show = new javafx.scene.control.MenuItem("Show on Canvas");
        show.setOnAction(e -> reveal.accept(f.elements()));
        javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu(show);
        fixFor.apply(f).ifPresent(fix -> {
            javafx.scene.control.MenuItem apply = new javafx.scene.control.MenuItem("Apply Fix: " + fix.label());
            apply.setOnAction(e -> applyFix.accept(f));
            menu.getItems().add(apply);
        });
        return menu;
    }

    /** A link that applies the finding's quick fix, where it has one. */
    private TableColumn<Finding, Finding> fixColumn() {
        TableColumn<Finding, Finding> c = new TableColumn<>("Quick fix");
        c.setPrefWidth(260);
        c.setSortable(false);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Finding f, boolean empty) {
                super.updateItem(f, empty);
                setText(null);
                Optional<QuickFix> fix = empty || f == null ? Optional.empty() : fixFor.apply(f);
                if (fix.isEmpty()) {
                    setGraphic(null);
                    return;
                }
                Hyperlink link = new Hyperlink(fix.get().label());
                link.getStyleClass().add("quick-fix");
                link.setOnAction(e -> applyFix.accept(f));
                setGraphic(link);
            }
        });
        return c;
    }

    private static String label(Severity s) {
        String name = s.name().toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** The mark of a severity: the canvas badges' colours (render.Palette), so panels and canvas agree. */
    static Color color(Severity s) {
        dev.hybridnet.render.Color c = switch (s) {
            case ERROR -> dev.hybridnet.render.Palette.ERROR;
            case WARNING -> dev.hybridnet.render.Palette.WARNING;
            default -> dev.hybridnet.render.Palette.ACCENT;
        };
        return Color.rgb(c.red(), c.green(), c.blue(), c.alpha());
    }

    private static TableColumn<Finding, Severity> severityColumn() {
        TableColumn<Finding, Severity> c = new TableColumn<>("Severity");
        c.setPrefWidth(90);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue().severity()));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Severity s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : label(s));
                setGraphic(empty || s == null ? null : new Circle(5, color(s)));
            }
        });
        return c;
    }

    private static TableColumn<Finding, String> column(String title, double width,
            java.util.function.Function<Finding, String> value) {
        TableColumn<Finding, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        c.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                // The whole text on hover, since a narrow column cuts it with an ellipsis.
                setTooltip(empty || text == null || text.isEmpty() ? null : new javafx.scene.control.Tooltip(text));
            }
        });
        return c;
    }
}

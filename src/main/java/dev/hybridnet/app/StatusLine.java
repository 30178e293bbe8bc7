package dev.hybridnet.app;

import dev.hybridnet.editor.Editor;
import dev.hybridnet.model.Counted;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.validation.Checked;
import dev.hybridnet.validation.Severity;
import dev.hybridnet.validation.ValidationReport;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The status bar: the editor's message or hint on the left (or what to do next), and on the right the findings'
 * counts, the diagram's size and the zoom. The counts and the recognised references come from the check of the
 * diagram on show; while it is being checked they say so instead of repeating an earlier answer.
 *
 * <p>A row of labels styled as a status bar (designer.css), where ControlsFX's {@code StatusBar} was used: that
 * control also made a progress bar nobody saw and loaded ControlsFX's translations for its default text, a
 * noticeable part of opening the window (decision 0027). The message gives way first: it is cut with "…" before
 * any figure on the right is.
 */
final class StatusLine {

    static final String CHECKING = "Checking…";

    private final HBox bar = new HBox();
    private final Label message = new Label("Ready");
    private final Label zoom = new Label();
    private final Label counts = new Label();
    private final Label findings = new Label();

    StatusLine() {
        bar.setId("status-bar");
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        message.setId("status-message");
        message.getStyleClass().add("status-label");
        message.setMinWidth(0);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox right = new HBox(findings, new Label("  "), counts, new Label("  "), zoom);
        right.getStyleClass().add("right-items");
        right.setAlignment(Pos.CENTER_RIGHT);
        right.setMinWidth(Region.USE_PREF_SIZE);
        bar.getChildren().addAll(message, right);
        zoom.setId("status-zoom");
        counts.setId("status-counts");
        findings.setId("status-findings");
        for (Label label : List.of(zoom, counts, findings)) {
            label.setMinWidth(Region.USE_PREF_SIZE); // never clipped: the message on the left gives way
        }
    }

    HBox node() {
        return bar;
    }

    /** A message on the left, until the next change. */
    void say(String message) {
        this.message.setText(message);
    }

    /** Everything the bar shows, read from the editor as it is now. */
    void show(Editor editor) {
        Diagram d = editor.diagram();
        Optional<Checked> checked = editor.checked();
        zoom.setText(editor.viewport().percent() + " %");
        counts.setText(dev.hybridnet.command.Wording.contents(d));
        findings.getStyleClass().removeAll("severity-error", "severity-warning", "severity-ok");
        if (checked.isPresent()) {
            ValidationReport report = checked.get().report();
            findings.setText(ProblemsPane.counts(report));
            findings.getStyleClass().add(report.count(Severity.ERROR) > 0 ? "severity-error"
                    : report.count(Severity.WARNING) > 0 ? "severity-warning" : "severity-ok");
        } else {
            findings.setText(CHECKING);
        }
        String status = editor.hint().filter(h -> !h.isBlank()).orElse(editor.status());
        message.setText(status.isBlank() ? ready(editor, checked) : status);
    }

    private static String ready(Editor editor, Optional<Checked> checked) {
        return switch (editor.tool().kind()) {
            case PLACE -> "Click where the new element goes; Escape cancels.";
            case CONNECT -> "Drag from one element to another to connect them; Escape returns to selecting.";
            case PAN -> "Drag to move the view.";
            default -> checked.map(c -> c.report().detected()).filter(r -> !r.isEmpty())
                    .map(r -> "Ready. Recognised: " + String.join(", ", r.stream().map(x -> x.title()).toList()))
                    .orElse(checked.isPresent() ? "Ready" : "Ready. " + CHECKING);
        };
    }
}

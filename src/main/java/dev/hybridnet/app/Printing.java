package dev.hybridnet.app;

import dev.hybridnet.export.PageFit;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.geometry.Size;
import dev.hybridnet.render.Drawing;
import java.util.Optional;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.stage.Window;

/**
 * Prints a drawing on one page through JavaFX's printer job: the page is turned as {@link PageFit} says, and the
 * drawing is painted by the canvas's {@link DrawingPainter}, scaled to the printable area by {@link PageFit}.
 */
final class Printing {

    /** What became of a print. */
    enum Outcome { PRINTED, CANCELLED }

    private Printing() {
    }

    /** Whether a printer is installed; false also where the platform cannot tell. */
    static boolean available() {
        try {
            return Printer.getDefaultPrinter() != null;
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /**
     * Shows the printer dialog and prints {@code drawing}; a message a user can act on when there is no printer or
     * the printer refused the page.
     */
    static Outcome print(Window owner, Drawing drawing) throws PrintException {
        PrinterJob job = available() ? PrinterJob.createPrinterJob() : null;
        if (job == null) {
            throw new PrintException("No printer is installed. Export a PDF instead and print that.");
        }
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return Outcome.CANCELLED;
        }
        Rect box = drawing.viewBox();
        Size picture = new Size(box.width(), box.height());
        Printer printer = job.getPrinter();
        PageLayout layout = printer.createPageLayout(job.getJobSettings().getPageLayout().getPaper(),
                PageFit.landscape(picture) ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
                Printer.MarginType.DEFAULT);
        job.getJobSettings().setPageLayout(layout);
        PageFit fit = PageFit.into(picture, new Size(layout.getPrintableWidth(), layout.getPrintableHeight()));
        Canvas page = new Canvas(layout.getPrintableWidth(), layout.getPrintableHeight());
        GraphicsContext g = page.getGraphicsContext2D();
        g.translate(fit.left(), fit.top());
        g.scale(fit.scale(), fit.scale());
        g.translate(-box.x(), -box.y());
        new DrawingPainter().paint(g, drawing, Optional.empty());
        if (!job.printPage(layout, page) || !job.endJob()) {
            throw new PrintException("The printer " + printer.getName() + " did not take the page ("
                    + job.getJobStatus() + ").");
        }
        return Outcome.PRINTED;
    }

    /** A print that could not be made, with the reason in words. */
    static final class PrintException extends Exception {
        private static final long serialVersionUID = 1L;

        PrintException(String message) {
            super(message);
        }
    }
}

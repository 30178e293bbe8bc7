package dev.hybridnet.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.geometry.Rect;
import dev.hybridnet.geometry.Size;
import org.junit.jupiter.api.Test;

/** The page-fitting maths that the PDF export and printing share. */
class PageFitTest {

    private static final Size A4 = new Size(595.28, 841.89);

    @Test
    void aWidePictureTurnsThePageToLandscapeAndFillsItsWidth() {
        PageFit fit = PageFit.of(new Size(1000, 400), A4, 18);
        assertTrue(fit.landscape());
        assertEquals(new Size(841.89, 595.28), fit.page());
        assertEquals((841.89 - 36) / 1000, fit.scale(), 1e-9);
        assertEquals(18, fit.left(), 1e-9);
        assertEquals((595.28 - 400 * fit.scale()) / 2, fit.top(), 1e-9);
    }

    @Test
    void aTallPictureStaysPortraitAndFillsItsHeight() {
        PageFit fit = PageFit.of(new Size(300, 2000), A4, 18);
        assertFalse(fit.landscape());
        assertEquals(A4, fit.page());
        assertEquals((841.89 - 36) / 2000, fit.scale(), 1e-9);
        assertEquals(18, fit.top(), 1e-9);
        assertEquals((595.28 - 300 * fit.scale()) / 2, fit.left(), 1e-9);
    }

    @Test
    void aSmallPictureIsEnlargedToThePageAndASquareOneStaysPortrait() {
        PageFit fit = PageFit.of(new Size(100, 100), A4, 0);
        assertFalse(fit.landscape());
        assertEquals(5.9528, fit.scale(), 1e-9);
        assertEquals(0, fit.left(), 1e-9);
    }

    @Test
    void aPrintableAreaAlreadyTurnedIsFilledKeepingTheAspectRatio() {
        PageFit fit = PageFit.into(new Size(320, 144), new Size(720, 540));
        assertEquals(2.25, fit.scale(), 1e-9);
        assertEquals(0, fit.left(), 1e-9);
        assertEquals((540 - 144 * 2.25) / 2, fit.top(), 1e-9);
        assertTrue(fit.landscape());
    }

    @Test
    void thePagesViewBoxPutsThePictureWhereTheFitSays() {
        PageFit fit = PageFit.of(new Size(200, 100), A4, 18);
        Rect page = fit.pageViewBox(new Rect(50, 60, 200, 100));
        assertEquals(50 - fit.left() / fit.scale(), page.x(), 1e-9);
        assertEquals(841.89 / fit.scale(), page.width(), 1e-9);
        assertEquals(595.28 / fit.scale(), page.height(), 1e-9);
    }

    @Test
    void thePictureSizedPageIsThePictureWithTheMargin() {
        PageFit fit = PageSize.PICTURE.fit(new Size(320, 144));
        assertEquals(new Size(356, 180), fit.page());
        assertEquals(1, fit.scale());
        assertEquals(PageSize.MARGIN, fit.left());
    }

    @Test
    void aMarginThatLeavesNoRoomIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PageFit.of(new Size(1, 1), A4, 300));
    }
}

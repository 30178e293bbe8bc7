package dev.hybridnet.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.editor.Shortcuts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Help ▸ Keyboard Shortcuts: it opens, and it lists exactly the accelerators the menus have. */
@ExtendWith(ApplicationExtension.class)
class ShortcutsSheetTest {

    private static final Preferences PREFS = Preferences.userRoot().node("dev/hybridnet/test-shortcuts");

    private WindowDriver driver;

    @Start
    void start(Stage stage) throws Exception {
        driver = WindowDriver.open(stage, PREFS);
    }

    @AfterEach
    void clearPreferences() throws Exception {
        PREFS.clear();
    }

    /** "Edit: Ctrl+D" for every menu item with an accelerator, in the real menu bar. */
    private static Set<String> menuAccelerators(MenuBar bar) {
        Set<String> found = new HashSet<>();
        for (Menu menu : bar.getMenus()) {
            collect(menu.getText(), menu.getItems(), found);
        }
        return found;
    }

    private static void collect(String menu, List<MenuItem> items, Set<String> found) {
        for (MenuItem item : items) {
            if (item instanceof Menu sub) {
                collect(menu, sub.getItems(), found);
            } else if (item.getAccelerator() != null) {
                found.add(menu + ": " + item.getAccelerator().getDisplayText());
            }
        }
    }

    @Test
    void everyMenuAcceleratorIsInTheSheetAndTheOtherWayRound(FxRobot robot) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        robot.interact(() -> LazyMenus.fillAll(bar)); // each menu's items, as when it is opened
        Set<String> sheet = new HashSet<>();
        for (Shortcuts.Shortcut s : Shortcuts.all()) {
            if (s.inMenu()) {
                sheet.add(s.group() + ": " + ShortcutsSheet.keys(s));
            }
        }
        Set<String> menus = menuAccelerators(bar);
        assertTrue(menus.size() > 20, "the menus have their accelerators: " + menus);
        assertEquals(sheet, menus);
    }

    @Test
    void f1OpensTheSheetListingEveryShortcut(FxRobot robot) {
        robot.interact(() -> robot.lookup("#canvas").query().requestFocus());
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        GridPane grid = robot.lookup("#shortcuts-grid").queryAs(GridPane.class);
        List<String> texts = new ArrayList<>();
        grid.getChildren().forEach(n -> texts.add(((Label) n).getText()));
        for (ShortcutsSheet.Row row : ShortcutsSheet.rows()) {
            assertTrue(texts.contains(row.action()) && texts.contains(row.keys()), "missing: " + row);
        }
        assertTrue(texts.contains("Duplicate") && texts.contains("Keyboard Shortcuts"));
        robot.clickOn("Close");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#shortcuts-grid").tryQuery().isEmpty(), "closed");
    }
}

package dev.hybridnet.app;

import java.util.ArrayList;
import java.util.List;
import javafx.event.ActionEvent;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import org.controlsfx.control.action.Action;
import org.controlsfx.control.action.ActionGroup;
import org.controlsfx.control.action.ActionUtils;

/**
 * The menu bar, with each menu's items made by ControlsFX when the menu first opens. Making, binding and styling
 * the sixty-odd items of all the menus, and the popups that hold them, took about a tenth of a second of the
 * window's first frame, for menus nobody has opened yet (decision 0026). Until a menu has its items, its actions'
 * shortcuts are the scene's own, and do what the items would: run the action unless it is disabled. Once the items
 * exist, JavaFX registers their shortcuts in their place, for the same actions.
 */
final class LazyMenus {

    private static final String GROUP = LazyMenus.class.getName() + ".group";

    private LazyMenus() {
    }

    /** A menu bar of one menu per group, titled and enabled as the group says. */
    static MenuBar menuBar(List<ActionGroup> groups) {
        MenuBar bar = new MenuBar();
        for (ActionGroup group : groups) {
            bar.getMenus().add(menu(group));
        }
        return bar;
    }

    private static Menu menu(ActionGroup group) {
        Menu menu = ActionUtils.createMenu(group);
        menu.getProperties().put(GROUP, group);
        // JavaFX opens no menu without items: one stands in until the menu first opens and gets its own.
        menu.getItems().add(new MenuItem());
        menu.addEventHandler(Menu.ON_SHOWING, new EventHandler<Event>() {
            @Override
            public void handle(Event e) {
                fill(menu);
                menu.removeEventHandler(Menu.ON_SHOWING, this);
            }
        });
        return menu;
    }

    /** Gives the menu its items, unless it has them already. */
    static void fill(Menu menu) {
        Object group = menu.getProperties().remove(GROUP);
        if (group instanceof ActionGroup actions) {
            Menu made = ActionUtils.createMenuBar(List.of(actions)).getMenus().get(0);
            List<MenuItem> items = new ArrayList<>(made.getItems());
            made.getItems().clear();
            menu.getItems().setAll(items);
        }
    }

    /** Gives every menu of the bar its items (for what walks the whole menu bar, such as its tests). */
    static void fillAll(MenuBar bar) {
        bar.getMenus().forEach(LazyMenus::fill);
    }

    /** Every shortcut of the groups' actions (of their submenus too), as the scene's, until the items take over. */
    static void installShortcuts(Scene scene, List<ActionGroup> groups) {
        for (ActionGroup group : groups) {
            install(scene, group.getActions());
        }
    }

    private static void install(Scene scene, List<Action> actions) {
        for (Action action : actions) {
            if (action instanceof ActionGroup sub) {
                install(scene, sub.getActions());
                continue;
            }
            if (action == null || action == ActionUtils.ACTION_SEPARATOR || action == ActionUtils.ACTION_SPAN) {
                continue;
            }
            KeyCombination keys = action.getAccelerator();
            if (keys != null) {
                scene.getAccelerators().putIfAbsent(keys, () -> {
                    if (!action.isDisabled()) {
                        action.handle(new ActionEvent());
                    }
                });
            }
        }
    }
}

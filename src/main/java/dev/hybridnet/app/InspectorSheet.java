package dev.hybridnet.app;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Skin;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.PropertyEditor;

/**
 * One section of the inspector: a ControlsFX {@link PropertySheet} (its items, its editor factory, the editors of
 * {@link RowEditors}) with a skin of only its rows. The stock skin also builds a search field, a mode switcher, a
 * toolbar for them and a scroll pane, for every sheet; the inspector shows none of them (it has one scroll pane for
 * all its sections), yet each was styled and laid out, and they were a good part of the window's first frame
 * (decision 0026). The rows are laid out as the stock skin lays them out in {@link PropertySheet.Mode#NAME} mode:
 * the name, then the editor, in a grid with the same style class, gaps and padding; a name's description is its
 * tooltip, made when the pointer first comes over it.
 */
final class InspectorSheet extends PropertySheet {

    /** The narrowest a name or an editor gets, as in the stock skin. */
    static final double MIN_COLUMN_WIDTH = 100;

    InspectorSheet() {
        setModeSwitcherVisible(false);
        setSearchBoxVisible(false);
        setMode(Mode.NAME);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new RowsSkin(this);
    }

    private static final class RowsSkin extends SkinBase<PropertySheet> {

        private final GridPane rows = new GridPane();

        RowsSkin(PropertySheet sheet) {
            super(sheet);
            rows.setVgap(5);
            rows.setHgap(5);
            rows.setPadding(new Insets(5, 15, 5, 15));
            rows.getStyleClass().add("property-pane");
            getChildren().add(rows);
            sheet.getItems().addListener((ListChangeListener<Item>) change -> build());
            registerChangeListener(sheet.propertyEditorFactory(), e -> build());
            build();
        }

        private void build() {
            rows.getChildren().clear();
            int row = 0;
            for (Item item : getSkinnable().getItems()) {
                Label name = new Label(item.getName());
                name.setMinWidth(MIN_COLUMN_WIDTH);
                describeOnHover(name, item.getDescription());
                Node editor = editor(item);
                if (editor instanceof Region region) {
                    region.setMinWidth(MIN_COLUMN_WIDTH);
                    region.setMaxWidth(Double.MAX_VALUE);
                }
                name.setLabelFor(editor);
                rows.add(name, 0, row);
                rows.add(editor, 1, row);
                GridPane.setHgrow(editor, Priority.ALWAYS);
                row++;
            }
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private Node editor(Item item) {
            PropertyEditor editor = getSkinnable().getPropertyEditorFactory().call(item);
            if (editor == null) {
                Label value = new Label(item.getValue() == null ? "" : item.getValue().toString());
                value.setDisable(true);
                return value;
            }
            if (!item.isEditable()) {
                editor.getEditor().setDisable(true);
            }
            editor.setValue(item.getValue());
            return editor.getEditor();
        }

        private static void describeOnHover(Label name, String description) {
            if (description == null || description.isBlank()) {
                return;
            }
            HoverTooltips.text(name, description);
        }
    }
}

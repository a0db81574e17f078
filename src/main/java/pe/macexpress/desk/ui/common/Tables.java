package pe.macexpress.desk.ui.common;

import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/**
 * Table columns that fit a 1024 px screen: a cell's text and the header wrap onto more lines instead
 * of ending in "…" when the column is narrower than its text. (A TableRow asks its cells for their
 * height with no width; these cells answer for their column's width, so the row grows.)
 */
public final class Tables {
    private Tables() {
    }

    /** Wrapping cells and a wrapping header reading {@code title} (instead of the column's own text). */
    public static <S> void wrap(TableColumn<S, String> column, javafx.beans.value.ObservableValue<String> title) {
        column.setCellFactory(col -> new WrappingCell<>());
        Label header = new Label() {
            @Override
            protected double computePrefHeight(double width) {
                return super.computePrefHeight(width < 0 ? column.getWidth() - 12 : width);
            }
        };
        header.setWrapText(true);
        header.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        header.textProperty().bind(title);
        header.maxWidthProperty().bind(column.widthProperty().subtract(12));
        column.textProperty().unbind();
        column.setText(null);
        column.setGraphic(header);
        // Rows measure their height when built: after a column changes width they are built again.
        column.widthProperty().addListener((o, was, now) -> {
            if (column.getTableView() != null) {
                javafx.application.Platform.runLater(column.getTableView()::refresh);
            }
        });
    }

    private static final class WrappingCell<S> extends TableCell<S, String> {
        WrappingCell() {
            setWrapText(true);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
        }

        @Override
        protected double computePrefHeight(double width) {
            // The cell is drawn a pixel or two narrower than its column (grid lines): measured at that width.
            // The skin lays the text out in a little less than the row's height: a few pixels more keep
            // the last line from being cut to "…".
            return super.computePrefHeight(width < 0 && getTableColumn() != null ? getTableColumn().getWidth() - 3 : width)
                    + 4;
        }
    }
}

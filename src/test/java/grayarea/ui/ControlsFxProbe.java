package grayarea.ui;

import atlantafx.base.theme.PrimerLight;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.controlsfx.control.MaskerPane;
import org.controlsfx.control.Notifications;
import org.controlsfx.control.table.TableFilter;
import org.controlsfx.control.textfield.TextFields;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

/**
 * Runs in a JVM of its own on a real X display, started by {@link ModularLaunchTest} the way the
 * app's launcher starts the app (JavaFX as modules, the options of src/main/start/jvm-options.txt),
 * and shows the ControlsFX controls issue 16 has the pages use, in the app's theme: a {@link
 * MaskerPane} over the page, {@link ValidationSupport} showing its decoration on a field, a {@link
 * TableFilter} on a table, a notification, a clearable field with auto-completion. Each reaches
 * into JavaFX internals somewhere (when its skin is made, its decoration added, or its popup
 * opened). Prints {@code controls shown} once they have been laid out, shown and drawn for a
 * second, then ends with status 0; any exception on any thread prints {@code failed EXCEPTION} and
 * ends with status 1.
 */
public final class ControlsFxProbe {

    private ControlsFxProbe() {}

    public static void main(String[] args) {
        Thread.setDefaultUncaughtExceptionHandler(
                (thread, e) -> {
                    System.out.println("failed " + e);
                    e.printStackTrace();
                    System.out.flush();
                    Runtime.getRuntime().halt(1);
                });
        Platform.startup(
                () -> {
                    try {
                        show();
                    } catch (RuntimeException | Error e) {
                        Thread.getDefaultUncaughtExceptionHandler()
                                .uncaughtException(Thread.currentThread(), e);
                    }
                });
    }

    record Row(String name, String band) {}

    private static void show() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Stage stage = new Stage();
        stage.setTitle("ControlsFX probe");

        TextField name = new TextField();
        TextFields.bindAutoCompletion(name, List.of("Alex", "Sam"));
        ValidationSupport validation = new ValidationSupport();
        validation.registerValidator(name, Validator.createEmptyValidator("A name is needed"));

        TableView<Row> table = new TableView<>();
        TableColumn<Row, String> column = new TableColumn<>("Name");
        column.setCellValueFactory(cell -> new SimpleStringProperty(cell.getValue().name()));
        TableColumn<Row, String> band = new TableColumn<>("Band");
        band.setCellValueFactory(cell -> new SimpleStringProperty(cell.getValue().band()));
        table.getColumns().addAll(List.of(column, band));
        table.getItems().addAll(new Row("Alex", "low"), new Row("Sam", "high"));

        VBox page = new VBox(12, name, table);
        page.setAlignment(Pos.TOP_LEFT);
        MaskerPane masker = new MaskerPane();
        masker.setText("Working…");
        masker.setVisible(true);
        StackPane root = new StackPane(page, masker);
        stage.setScene(new Scene(root, 640, 480));
        stage.show();
        TableFilter.forTableView(table).apply();
        // the filter of a column, as a person opens it from its header (its panel reaches into
        // the table's skin)
        column.getContextMenu().show(stage);

        Platform.runLater(
                () -> {
                    // the decoration of an invalid field, now that it is in a shown scene
                    validation.setErrorDecorationEnabled(true);
                    validation.redecorate();
                    Notifications.create()
                            .owner(stage)
                            .title("Saved")
                            .text("Your answers are saved.")
                            .hideAfter(Duration.seconds(30))
                            .show();
                    PauseTransition drawn = new PauseTransition(Duration.seconds(1));
                    drawn.setOnFinished(
                            e -> {
                                boolean decorated =
                                        validation.isInvalid() && root.getScene().getRoot() != null;
                                System.out.println(
                                        "controls shown invalid="
                                                + decorated
                                                + " masker="
                                                + masker.isVisible());
                                System.out.flush();
                                Platform.exit();
                            });
                    drawn.play();
                });
    }
}

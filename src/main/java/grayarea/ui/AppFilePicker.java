package grayarea.ui;

import grayarea.ui.toolkit.AppContext;
import grayarea.ui.toolkit.FilePicker;
import grayarea.ui.toolkit.Icon;
import grayarea.ui.toolkit.Style;
import grayarea.ui.toolkit.Texts;
import grayarea.ui.toolkit.Themes;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The app's own open and save dialogs, drawn by JavaFX in a window of the app. The system's dialogs
 * record every file opened or saved in the desktop's recent files (GTK's {@code
 * recently-used.xbel}, Windows' recent items, macOS's recents), where the app can't stop or reach
 * them (docs/decisions/0017-no-recent-files.md); this one keeps nothing: the folder last used is
 * remembered only in memory, until the app closes.
 *
 * <p>A folder list (folders first, then the files the request asks for; hidden files left out), a
 * file name field that also takes a folder or a whole path, Up and Home, and Open or Save; Escape
 * cancels. Saving over an existing file asks first, with "Keep the file" focused.
 */
final class AppFilePicker implements FilePicker {

    private final Window owner;
    private final AppContext context;

    /** The folder the last dialog ended in, for this run only (never saved). */
    private Path lastFolder;

    AppFilePicker(Window owner, AppContext context) {
        this.owner = owner;
        this.context = context;
    }

    @Override
    public Optional<Path> open(Request request) {
        return show(request, Mode.OPEN).stream().findFirst();
    }

    @Override
    public List<Path> openMany(Request request) {
        return show(request, Mode.OPEN_MANY);
    }

    @Override
    public Optional<Path> save(Request request) {
        return show(request, Mode.SAVE).stream().findFirst();
    }

    private enum Mode {
        OPEN,
        OPEN_MANY,
        SAVE
    }

    private List<Path> show(Request request, Mode mode) {
        Path start = lastFolder != null && Files.isDirectory(lastFolder) ? lastFolder : home();
        Dialog dialog = new Dialog(request, mode, start);
        List<Path> chosen = dialog.showAndWait();
        lastFolder = dialog.folder;
        return chosen;
    }

    private static Path home() {
        return Path.of(System.getProperty("user.home", "/")).toAbsolutePath();
    }

    /** File name endings the request asks for, lower case, each with its dot. */
    static List<String> endings(Request request) {
        List<String> endings = new ArrayList<>();
        for (String extension : request.extension().trim().split("\\s+")) {
            if (!extension.isEmpty()) {
                endings.add("." + extension.toLowerCase(Locale.ROOT));
            }
        }
        return endings;
    }

    /** Whether a file's name ends with one of the endings asked for. */
    static boolean matches(String name, List<String> endings) {
        String lower = name.toLowerCase(Locale.ROOT);
        return endings.isEmpty() || endings.stream().anyMatch(lower::endsWith);
    }

    /**
     * The name typed for a save, with the first ending asked for added when it has none of them.
     */
    static String withEnding(String name, List<String> endings) {
        return matches(name, endings) || endings.isEmpty() ? name : name + endings.get(0);
    }

    /** One dialog: its window, its parts, and where it is. */
    private final class Dialog {

        private final Request request;
        private final Mode mode;
        private final List<String> endings;
        private final Texts texts = context.texts();
        private final Stage stage = new Stage();
        private final Label where = new Label();
        private final ListView<Path> list = new ListView<>();
        private final TextField name = new TextField();
        private final Label problem = new Label();
        private final Button up = new Button();
        private final Button homeButton = new Button();
        private final Button accept = new Button();
        private final Button cancel = new Button();
        private Path folder;
        private List<Path> chosen = List.of();

        Dialog(Request request, Mode mode, Path start) {
            this.request = request;
            this.mode = mode;
            this.endings = endings(request);
            createParts();
            stage.setScene(layoutParts());
            bind();
            go(start);
            if (mode == Mode.SAVE && request.suggestedName() != null) {
                name.setText(request.suggestedName());
            }
        }

        private void createParts() {
            stage.setTitle(request.title());
            if (owner != null) {
                stage.initOwner(owner);
                stage.initModality(Modality.WINDOW_MODAL);
            } else {
                stage.initModality(Modality.APPLICATION_MODAL);
            }
            where.setId("file-dialog-folder");
            where.getStyleClass().add(Style.FILE_DIALOG_FOLDER);
            where.setWrapText(true);
            up.setId("file-dialog-up");
            up.setText(texts.get("fileDialog.up"));
            homeButton.setId("file-dialog-home");
            homeButton.setText(texts.get("fileDialog.home"));
            list.setId("file-dialog-list");
            list.setAccessibleText(texts.get("fileDialog.list", request.filterLabel()));
            list.setPlaceholder(new Label(texts.get("fileDialog.empty")));
            list.getSelectionModel()
                    .setSelectionMode(
                            mode == Mode.OPEN_MANY ? SelectionMode.MULTIPLE : SelectionMode.SINGLE);
            list.setCellFactory(view -> new EntryCell());
            name.setId("file-dialog-name");
            name.setAccessibleText(
                    texts.get(mode == Mode.SAVE ? "fileDialog.name.save" : "fileDialog.name.open"));
            problem.setId("file-dialog-problem");
            problem.getStyleClass().add(Style.QUESTION_ERROR);
            problem.setWrapText(true);
            problem.managedProperty().bind(problem.visibleProperty());
            problem.setVisible(false);
            accept.setId("file-dialog-accept");
            accept.setText(texts.get(mode == Mode.SAVE ? "fileDialog.save" : "fileDialog.open"));
            accept.setDefaultButton(true);
            cancel.setId("file-dialog-cancel");
            cancel.setText(texts.get("fileDialog.cancel"));
            cancel.setCancelButton(true);
        }

        private Scene layoutParts() {
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox top = new HBox(8, up, homeButton);
            top.setAlignment(Pos.CENTER_LEFT);
            Label nameLabel =
                    new Label(
                            texts.get(
                                    mode == Mode.SAVE
                                            ? "fileDialog.name.save"
                                            : "fileDialog.name.open"));
            nameLabel.setLabelFor(name);
            HBox.setHgrow(name, Priority.ALWAYS);
            HBox nameRow = new HBox(8, nameLabel, name);
            nameRow.setAlignment(Pos.CENTER_LEFT);
            Label showing = new Label(texts.get("fileDialog.showing", request.filterLabel()));
            showing.getStyleClass().add(Style.FILE_DIALOG_SHOWING);
            showing.setWrapText(true);
            ButtonBar.setButtonData(accept, ButtonBar.ButtonData.OK_DONE);
            ButtonBar.setButtonData(cancel, ButtonBar.ButtonData.CANCEL_CLOSE);
            ButtonBar buttons = new ButtonBar();
            buttons.getButtons().addAll(accept, cancel);
            VBox.setVgrow(list, Priority.ALWAYS);
            VBox root = new VBox(10, top, where, list, showing, nameRow, problem, buttons);
            root.getStyleClass().add(Style.FILE_DIALOG);
            if (owner != null && owner.getScene() != null) {
                // the same text size as the window it belongs to
                owner.getScene().getRoot().getStyleClass().stream()
                        .filter(c -> c.startsWith("app-root") || c.startsWith("text-"))
                        .forEach(root.getStyleClass()::add);
            }
            Scene scene = new Scene(root, 640, 520);
            scene.getStylesheets().add(AppFilePicker.class.getResource("app.css").toExternalForm());
            Themes.apply(context.settings().theme(), scene);
            return scene;
        }

        private void bind() {
            up.setOnAction(
                    e -> {
                        if (folder.getParent() != null) {
                            go(folder.getParent());
                        }
                    });
            homeButton.setOnAction(e -> go(home()));
            cancel.setOnAction(e -> stage.close());
            accept.setOnAction(e -> accept());
            list.getSelectionModel()
                    .selectedItemProperty()
                    .addListener(
                            (obs, old, entry) -> {
                                if (entry != null && !Files.isDirectory(entry)) {
                                    name.setText(entry.getFileName().toString());
                                }
                            });
            list.setOnKeyPressed(
                    e -> {
                        if (e.getCode() == KeyCode.ENTER) {
                            e.consume();
                            enter(list.getSelectionModel().getSelectedItem());
                        } else if (e.getCode() == KeyCode.BACK_SPACE) {
                            e.consume();
                            up.fire();
                        }
                    });
            list.setOnMouseClicked(
                    e -> {
                        if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                            enter(list.getSelectionModel().getSelectedItem());
                        }
                    });
            name.textProperty().addListener((obs, old, text) -> problem.setVisible(false));
        }

        List<Path> showAndWait() {
            stage.setOnShown(
                    e -> {
                        name.requestFocus();
                        if (mode == Mode.SAVE) {
                            name.selectAll();
                        }
                    });
            stage.showAndWait();
            return chosen;
        }

        /** Shows a folder's contents; a folder that can't be read keeps the dialog where it was. */
        private void go(Path target) {
            Path absolute = target.toAbsolutePath().normalize();
            List<Path> folders = new ArrayList<>();
            List<Path> files = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(absolute)) {
                for (Path entry : entries) {
                    String entryName = entry.getFileName().toString();
                    if (entryName.startsWith(".")) {
                        continue;
                    }
                    if (Files.isDirectory(entry)) {
                        folders.add(entry);
                    } else if (Files.isRegularFile(entry) && matches(entryName, endings)) {
                        files.add(entry);
                    }
                }
            } catch (IOException | SecurityException e) {
                say(texts.get("fileDialog.unreadable", absolute));
                return;
            }
            Comparator<Path> byName =
                    Comparator.comparing(p -> p.getFileName().toString().toLowerCase(Locale.ROOT));
            folders.sort(byName);
            files.sort(byName);
            folders.addAll(files);
            folder = absolute;
            where.setText(texts.get("fileDialog.in", absolute));
            up.setDisable(absolute.getParent() == null);
            list.getItems().setAll(folders);
            problem.setVisible(false);
        }

        /** Enter or a double click on an entry: a folder opens, a file is chosen. */
        private void enter(Path entry) {
            if (entry == null) {
                return;
            }
            if (Files.isDirectory(entry)) {
                go(entry);
            } else {
                name.setText(entry.getFileName().toString());
                accept();
            }
        }

        private void accept() {
            String typed = name.getText() == null ? "" : name.getText().strip();
            if (mode == Mode.OPEN_MANY && selectedFilesMatch(typed)) {
                finish(
                        List.copyOf(
                                list.getSelectionModel()
                                        .getSelectedItems()
                                        .filtered(Files::isRegularFile)));
                return;
            }
            if (typed.isEmpty()) {
                Path selected = list.getSelectionModel().getSelectedItem();
                if (selected != null && Files.isDirectory(selected)) {
                    go(selected);
                } else {
                    say(
                            texts.get(
                                    mode == Mode.SAVE
                                            ? "fileDialog.noName"
                                            : "fileDialog.nothingChosen"));
                }
                return;
            }
            Path target;
            try {
                target =
                        folder.resolve(
                                        typed.equals("~") || typed.startsWith("~/")
                                                ? home() + typed.substring(1)
                                                : typed)
                                .toAbsolutePath()
                                .normalize();
            } catch (InvalidPathException e) {
                say(texts.get("fileDialog.badName", typed));
                return;
            }
            if (Files.isDirectory(target)) {
                go(target);
                name.clear();
                return;
            }
            if (mode != Mode.SAVE) {
                if (Files.isRegularFile(target)) {
                    finish(List.of(target));
                } else {
                    say(
                            texts.get(
                                    "fileDialog.noSuchFile",
                                    target.getFileName(),
                                    target.getParent()));
                }
                return;
            }
            target = target.resolveSibling(withEnding(target.getFileName().toString(), endings));
            if (target.getParent() == null || !Files.isDirectory(target.getParent())) {
                say(texts.get("fileDialog.noSuchFolder", target.getParent()));
                return;
            }
            if (Files.exists(target) && !Files.isRegularFile(target)) {
                say(texts.get("fileDialog.notAFile", target.getFileName()));
                return;
            }
            if (Files.exists(target) && !replaceConfirmed(target)) {
                name.requestFocus();
                return;
            }
            finish(List.of(target));
        }

        private boolean selectedFilesMatch(String typed) {
            List<Path> selected =
                    list.getSelectionModel().getSelectedItems().filtered(Files::isRegularFile);
            return selected.size() > 1
                    || (selected.size() == 1
                            && selected.get(0).getFileName().toString().equals(typed));
        }

        /** Asks before a file is replaced; "Keep the file" is the focused choice. */
        private boolean replaceConfirmed(Path target) {
            ButtonType replace =
                    new ButtonType(texts.get("fileDialog.replace.yes"), ButtonBar.ButtonData.OTHER);
            ButtonType keep =
                    new ButtonType(
                            texts.get("fileDialog.replace.no"), ButtonBar.ButtonData.CANCEL_CLOSE);
            Alert ask =
                    new Alert(
                            Alert.AlertType.CONFIRMATION,
                            texts.get(
                                    "fileDialog.replace.text",
                                    target.getFileName(),
                                    target.getParent()),
                            keep,
                            replace);
            ask.initOwner(stage);
            ask.setTitle(texts.get("fileDialog.replace.title"));
            ask.setHeaderText(null);
            ask.getDialogPane()
                    .getStylesheets()
                    .add(AppFilePicker.class.getResource("app.css").toExternalForm());
            ((Button) ask.getDialogPane().lookupButton(replace)).setDefaultButton(false);
            Button keepButton = (Button) ask.getDialogPane().lookupButton(keep);
            keepButton.setDefaultButton(true);
            ask.setOnShown(e -> keepButton.requestFocus());
            return ask.showAndWait().filter(replace::equals).isPresent();
        }

        private void finish(List<Path> files) {
            chosen = files;
            stage.close();
        }

        private void say(String text) {
            problem.setText(text);
            problem.setVisible(true);
        }
    }

    /** A folder or file in the list: its name, and for a folder a folder icon. */
    private final class EntryCell extends ListCell<Path> {
        @Override
        protected void updateItem(Path entry, boolean empty) {
            super.updateItem(entry, empty);
            if (empty || entry == null) {
                setText(null);
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            boolean isFolder = Files.isDirectory(entry);
            String entryName = entry.getFileName().toString();
            setText(entryName);
            setGraphic(isFolder ? Icon.FOLDER.node() : Icon.FILE_TEXT.node());
            setAccessibleText(
                    context.texts()
                            .get(isFolder ? "fileDialog.folder" : "fileDialog.file", entryName));
        }
    }
}

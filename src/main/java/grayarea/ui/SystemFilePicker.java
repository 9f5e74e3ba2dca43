package grayarea.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The system's own open and save dialogs. */
final class SystemFilePicker implements FilePicker {

    private final Window owner;

    SystemFilePicker(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> open(Request request) {
        File file = chooser(request).showOpenDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public List<Path> openMany(Request request) {
        List<File> files = chooser(request).showOpenMultipleDialog(owner);
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> save(Request request) {
        File file = chooser(request).showSaveDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    private static FileChooser chooser(Request request) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(request.title());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(request.filterLabel(),
                java.util.Arrays.stream(request.extension().split(" ")).map(ext -> "*." + ext).toList()));
        if (request.suggestedName() != null) {
            chooser.setInitialFileName(request.suggestedName());
        }
        return chooser;
    }
}

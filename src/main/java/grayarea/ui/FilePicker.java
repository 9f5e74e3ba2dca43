package grayarea.ui;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Asks the person for a file. The app uses the system's file dialogs; tests pass paths
 * straight through, so every flow that needs a file runs without a dialog.
 */
public interface FilePicker {

    /**
     * What kind of file, for the dialog's title and filter.
     *
     * @param extension one or more file name endings without the dot, separated by spaces ("json grayarea")
     */
    record Request(String title, String filterLabel, String extension, String suggestedName) {
    }

    Optional<Path> open(Request request);

    Optional<Path> save(Request request);
}

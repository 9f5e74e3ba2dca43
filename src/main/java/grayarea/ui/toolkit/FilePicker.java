package grayarea.ui.toolkit;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Asks the person for a file. The app uses file dialogs of its own ({@link AppFilePicker}: the
 * system's would add every file to the desktop's recent files, decision 17); tests pass paths
 * straight through, so every flow that needs a file runs without a dialog.
 */
public interface FilePicker {

    /**
     * What kind of file, for the dialog's title and filter.
     *
     * @param extension one or more file name endings without the dot, separated by spaces ("json
     *     grayarea")
     */
    record Request(String title, String filterLabel, String extension, String suggestedName) {}

    Optional<Path> open(Request request);

    /** Several files at once, such as a therapist's result files; none when the person cancels. */
    default List<Path> openMany(Request request) {
        return open(request).map(List::of).orElse(List.of());
    }

    Optional<Path> save(Request request);
}

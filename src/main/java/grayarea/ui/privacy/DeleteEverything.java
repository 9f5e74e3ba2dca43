package grayarea.ui.privacy;

import grayarea.session.AppFiles;
import grayarea.ui.toolkit.AppContext;
import grayarea.ui.toolkit.Texts;
import java.io.IOException;

/**
 * "Delete everything", as the settings page and the lock page's "I forgot the passphrase" both
 * offer it: the one session operation ({@link AppFiles#deleteEverything}) and the one way of saying
 * what it did, including the files it could not delete.
 */
public final class DeleteEverything {

    private DeleteEverything() {}

    /**
     * Deletes everything the app kept here and says what happened, with what could not be deleted.
     *
     * @throws IOException when nothing could be deleted (the data folder could not even be read)
     */
    public static String run(AppContext context) throws IOException {
        return words(
                context.texts(),
                AppFiles.deleteEverything(
                        context.dataFolder(), context.desktopEntry(), context.vault()));
    }

    /**
     * "3 files were deleted. Gray Area starts as new. …", and what could not be deleted, by name.
     */
    public static String words(Texts texts, AppFiles.Deleted deleted) {
        String message = texts.get("settings.delete.done", deleted.files());
        if (!deleted.failed().isEmpty()) {
            message +=
                    " "
                            + texts.get(
                                    "settings.delete.someFailed",
                                    deleted.failed().size(),
                                    deleted.failed().get(0));
        }
        return message;
    }
}

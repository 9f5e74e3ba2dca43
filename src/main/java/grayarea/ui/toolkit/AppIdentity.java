package grayarea.ui.toolkit;

import grayarea.session.DiscreetDesktopEntry;
import grayarea.session.Settings;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The name and icon the app shows: its own ("Gray Area" and the two circles), or in discreet mode
 * neutral ones ("Notes" and a notepad), in the window's title and icon, the top bar and the welcome
 * page, and in discreet mode's menu entry (docs/decisions/0013-discreet-mode.md).
 */
public final class AppIdentity {

    /** The neutral icon the menu entry shows (the window uses both sizes). */
    static final String DISCREET_ENTRY_ICON = "/grayarea/ui/icons/discreet-128.png";

    private static List<Image> ownIcons;
    private static List<Image> discreetIcons;

    private AppIdentity() {}

    /**
     * The app's name as the window shows it now: "Gray Area", or the neutral name in discreet mode.
     */
    public static String name(Texts texts, Settings settings) {
        return settings.discreet() ? texts.get("discreet.name") : texts.get("app.title");
    }

    /**
     * Gives the stage its title now and its icon once the first frame is out (decoding the icons is
     * no part of the first frame), and both again, at once, whenever the settings change.
     */
    public static void show(Stage stage, Scene scene, AppContext context) {
        stage.setTitle(name(context.texts(), context.settings()));
        context.settingsProperty()
                .addListener(
                        (obs, old, now) -> {
                            if (stage.getScene() != scene) {
                                return; // the stage shows another window's scene now (a restart in
                                // tests)
                            }
                            stage.setTitle(name(context.texts(), now));
                            if (old.discreet() != now.discreet()) {
                                stage.getIcons().setAll(icons(now.discreet()));
                            }
                        });
        FirstFrame.then(
                scene,
                () -> {
                    if (stage.getScene() == scene) {
                        stage.getIcons().setAll(icons(context.settings().discreet()));
                    }
                });
    }

    /**
     * The window's icons, at 32 and 128 px (JavaFX picks the size nearest to what the system asks
     * for).
     */
    static List<Image> icons(boolean discreet) {
        if (discreet) {
            if (discreetIcons == null) {
                discreetIcons =
                        List.of(
                                icon("/grayarea/ui/icons/discreet-32.png"),
                                icon(DISCREET_ENTRY_ICON));
            }
            return discreetIcons;
        }
        if (ownIcons == null) {
            ownIcons =
                    List.of(
                            icon("/grayarea/ui/icons/grayarea-32.png"),
                            icon("/grayarea/ui/icons/grayarea-128.png"));
        }
        return ownIcons;
    }

    private static Image icon(String resource) {
        return new Image(AppIdentity.class.getResource(resource).toExternalForm());
    }

    /**
     * What discreet mode's menu entry shows: the neutral words in English (the default) and
     * Spanish, and the icon.
     */
    static DiscreetDesktopEntry.Neutral neutralEntry() {
        return new DiscreetDesktopEntry.Neutral(
                List.of(words(Locale.ENGLISH), words(Locale.forLanguageTag("es"))),
                () -> {
                    InputStream in = AppIdentity.class.getResourceAsStream(DISCREET_ENTRY_ICON);
                    if (in == null) {
                        throw new IllegalStateException(
                                "the neutral icon is missing from the app: " + DISCREET_ENTRY_ICON);
                    }
                    return in;
                });
    }

    private static DiscreetDesktopEntry.Words words(Locale locale) {
        Texts texts = new Texts(locale);
        return new DiscreetDesktopEntry.Words(
                texts.language(),
                texts.get("discreet.name"),
                texts.get("discreet.genericName"),
                texts.get("discreet.comment"));
    }
}

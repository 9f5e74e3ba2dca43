package grayarea.ui.welcome;

import grayarea.bank.Perspective;
import grayarea.bank.Problem;
import grayarea.bank.QuestionBank;
import grayarea.session.Settings;
import grayarea.ui.quiz.QuizState;
import grayarea.ui.toolkit.ChoiceGroup;
import grayarea.ui.toolkit.Confirmation;
import grayarea.ui.toolkit.FirstFrame;
import grayarea.ui.toolkit.Focus;
import grayarea.ui.toolkit.Icon;
import grayarea.ui.toolkit.KeyboardFocus;
import grayarea.ui.toolkit.Risk;
import grayarea.ui.toolkit.Style;
import grayarea.ui.toolkit.TextPage;
import grayarea.ui.toolkit.Texts;
import grayarea.ui.toolkit.View;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The first page: what Gray Area is and is not, the privacy promise, how answers are kept, an
 * honest note on what quick exit can and cannot do, a saved session to resume, and the choice of
 * whom to think about.
 */
public final class WelcomeView extends View {

    private final WelcomeViewModel model;
    private final Texts texts;
    private final Consumer<QuizState> onStart;
    private final Consumer<QuestionBank> onCouple;
    private final Runnable onProtect;
    private final boolean passphraseSet;
    private final Runnable onTherapist;
    private ScrollPane scroll;
    private VBox page;
    private Label message;
    private VBox resume;
    private VBox bankBox;
    private VBox handOutBox;
    private FlowPane choices;
    private ChoiceGroup<Settings.Storage> storage;

    /** The line a card keeps for its time while the built-in bank loads: a no-break space. */
    private static final String TIME_TO_COME = "\u00a0";

    /** Each card showing, with how it puts its time on itself. */
    private final Map<Button, Runnable> timed = new LinkedHashMap<>();

    /** Said in the storage box when a card is chosen before how to keep answers. */
    private Label storageNeeded;

    /** The step before "Discard them" deletes the saved session. */
    private Confirmation confirmDiscard;

    /** The step before a new quiz replaces the saved session. */
    private Confirmation confirmReplace;

    /**
     * @param onProtect "Protect it with a passphrase…", offered with the choice to keep progress
     * @param passphraseSet whether a passphrase already protects what is kept (then it is not
     *     offered)
     * @param onTherapist "I'm a therapist": the therapist's pages
     */
    public WelcomeView(
            WelcomeViewModel model,
            Texts texts,
            Consumer<QuizState> onStart,
            Consumer<QuestionBank> onCouple,
            Runnable onProtect,
            boolean passphraseSet,
            Runnable onTherapist) {
        this.model = model;
        this.texts = texts;
        this.onStart = onStart;
        this.onCouple = onCouple;
        this.onProtect = onProtect;
        this.passphraseSet = passphraseSet;
        this.onTherapist = onTherapist;
    }

    @Override
    protected void createParts() {
        scroll = new ScrollPane();
        page = new VBox(16);
        message = new Label();
        resume = new VBox(8);
        bankBox = new VBox(6);
        handOutBox = new VBox();
        choices = new FlowPane(12, 12);
        storage = new ChoiceGroup<>(texts.get("welcome.storage.title"));
        storageNeeded = new Label();
        confirmDiscard = new Confirmation("confirm-discard");
        confirmReplace = new Confirmation("confirm-replace");
        scroll.setId("welcome");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add(Style.PAGE_SCROLL);
        KeyboardFocus.follow(scroll);
        page.getStyleClass().add(Style.WELCOME_PAGE);
        message.setId("welcome-message");
        message.setWrapText(true);
        message.getStyleClass().add(Style.STATUS);
        message.setAccessibleRole(AccessibleRole.TEXT);
        resume.setId("resume");
        resume.getStyleClass().add(Style.RESUME_BOX);
        choices.setId("choices");
        choices.getStyleClass().add(Style.CHOICES);
    }

    @Override
    protected Node layOutParts() {
        Label title = new Label(model.title());
        title.getStyleClass().add(Style.WELCOME_TITLE);
        scroll.setAccessibleText(title.getText());
        Label subtitle = paragraph(texts.get("welcome.subtitle"));
        subtitle.getStyleClass().add(Style.WELCOME_SUBTITLE);
        page.getChildren().addAll(title, subtitle, message, resume);
        VBox about =
                new VBox(
                        8,
                        paragraph(texts.get("welcome.whatItIs")),
                        paragraph(texts.get("welcome.whatItIsNot")),
                        withIcon(texts.get("welcome.privacy"), Icon.LOCK));
        about.getStyleClass().add(Style.ABOUT_BOX);
        page.getChildren().addAll(handOutBox, about);
        if (model.asksStorage()) {
            page.getChildren().add(storageChoice());
        }
        Label honesty = withIcon(texts.get("welcome.honesty"), Icon.EYE_OFF);
        honesty.getStyleClass().add(Style.HONESTY);
        page.getChildren().add(honesty);
        Label choose = new Label(texts.get("welcome.choose"));
        choose.getStyleClass().add(Style.SECTION_TITLE);
        choose.setWrapText(true);
        page.getChildren().addAll(choose, choices, bankBox);
        scroll.setContent(page);
        return scroll;
    }

    private Node storageChoice() {
        Label heading = new Label(storage.label());
        heading.getStyleClass().add(Style.SUBHEADING);
        heading.setWrapText(true);
        RadioButton keep =
                radio(
                        "storage-keep",
                        texts.get("welcome.storage.keep"),
                        texts.get("welcome.storage.keep.detail"),
                        Settings.Storage.KEEP);
        RadioButton privately =
                radio(
                        "storage-private",
                        texts.get("welcome.storage.private"),
                        texts.get("welcome.storage.private.detail"),
                        Settings.Storage.PRIVATE);
        // nothing is preselected on a first run: one Enter must not start writing (decision 0021)
        storage.select(model.storageProperty().get());
        storage.valueProperty()
                .addListener(
                        (obs, old, now) -> {
                            if (now != null) {
                                model.storageProperty().set(now);
                                storageNeeded.setVisible(false);
                            }
                        });
        storageNeeded.setId("storage-needed");
        storageNeeded.setText(texts.get("welcome.storage.needed"));
        storageNeeded.setWrapText(true);
        storageNeeded.setMinHeight(Region.USE_PREF_SIZE);
        storageNeeded.getStyleClass().add(Style.STATUS);
        storageNeeded.setAccessibleRole(AccessibleRole.TEXT);
        storageNeeded.setVisible(false);
        storageNeeded.managedProperty().bind(storageNeeded.visibleProperty());
        // each choice names its question to assistive technology (the choice group's label)
        VBox box = new VBox(8, heading, storageNeeded, keep, privately);
        if (!passphraseSet) {
            // offered on first run: a partner who can open this computer should not find the
            // answers
            Hyperlink protect = new Hyperlink(texts.get("welcome.storage.protect"));
            protect.setId("protect-with-passphrase");
            protect.setWrapText(true);
            protect.setGraphic(Icon.LOCK.node());
            protect.setOnAction(e -> onProtect.run());
            protect.visibleProperty().bind(keep.selectedProperty());
            protect.managedProperty().bind(protect.visibleProperty());
            box.getChildren().add(protect);
        }
        box.setId("storage");
        box.getStyleClass().add(Style.STORAGE_BOX);
        // Enter never makes the choice (Space or a click does): it goes on, as everywhere else;
        // before a
        // choice is made, going on is asking for it (decision 0021)
        box.addEventFilter(
                KeyEvent.KEY_PRESSED,
                e -> {
                    if (e.getCode() == KeyCode.ENTER && e.getTarget() instanceof RadioButton) {
                        e.consume();
                        if (askedStorage()) {
                            choices.getChildren().get(0).requestFocus();
                        }
                    }
                });
        return box;
    }

    private RadioButton radio(String id, String text, String detail, Settings.Storage value) {
        RadioButton radio = storage.radio(id, text + "\n" + detail, text + ". " + detail, value);
        radio.setWrapText(true);
        return radio;
    }

    @Override
    protected void bind() {
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        model.resumableProperty().addListener((obs, old, now) -> showResume());
        model.bankProperty().addListener((obs, old, now) -> showChoices());
        model.handOutProperty().addListener((obs, old, now) -> showChoices());
        model.bankProblemsProperty().addListener((obs, old, now) -> showBank());
        model.timesKnownProperty().addListener((obs, old, now) -> showTimes());
        showResume();
        showChoices();
        // the built-in bank is loaded after the first frame, and the times with it
        scroll.sceneProperty()
                .addListener(
                        (obs, old, scene) -> {
                            if (scene != null && !model.timesKnown()) {
                                FirstFrame.then(
                                        scene,
                                        () ->
                                                model.learnTimes(
                                                        CompletableFuture::runAsync,
                                                        Platform::runLater));
                            }
                        });
        // the first focus: Resume (it keeps everything), else how to keep answers when that is
        // still to be
        // chosen, else the first choice; never a choice that deletes, replaces or writes (decision
        // 0021)
        Focus.later(
                resume.isVisible()
                        ? resume.lookup("#resume-button")
                        : !model.storageChosen()
                                ? page.lookup("#storage-keep")
                                : choices.getChildren().get(0));
    }

    private void showResume() {
        resume.getChildren().clear();
        var saved = model.resumableProperty().get();
        resume.setVisible(saved != null);
        resume.setManaged(saved != null);
        if (saved == null) {
            return;
        }
        Label heading = paragraph(texts.get("welcome.resume.title"));
        heading.getStyleClass().add(Style.SUBHEADING);
        String when =
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(texts.locale())
                        .withZone(ZoneId.systemDefault())
                        .format(saved.savedAt());
        Button go = new Button(texts.get("welcome.resume.resume"));
        go.setId("resume-button");
        go.getStyleClass().add(Style.ACCENT);
        go.setGraphic(Icon.PLAY.node());
        go.setOnAction(e -> model.resume().ifPresent(onStart));
        Button discard = new Button(texts.get("welcome.resume.discard"));
        discard.setId("discard-button");
        discard.setGraphic(Icon.TRASH_2.node());
        Risk.DESTRUCTIVE.mark(discard);
        discard.setOnAction(
                e -> {
                    confirmReplace.cancel();
                    confirmDiscard.ask(
                            texts.get("welcome.resume.discard.title"),
                            texts.get("welcome.resume.discard.detail", when),
                            texts.get("welcome.resume.discard.keep"),
                            texts.get("welcome.resume.discard.yes"),
                            discard,
                            () -> {
                                model.discard();
                                choices.getChildren().get(0).requestFocus();
                            });
                });
        HBox buttons = new HBox(10, go, discard);
        buttons.setAlignment(Pos.CENTER_LEFT);
        resume.getChildren()
                .addAll(
                        heading,
                        paragraph(texts.get("welcome.resume.detail", when)),
                        buttons,
                        confirmDiscard.node(),
                        confirmReplace.node());
    }

    /**
     * A new quiz, started from a card: only once it is known how to keep answers, and, while a
     * saved session waits to be resumed, only after saying that it will be deleted (decision 0021).
     */
    private void startNew(Node card, String perspective) {
        if (!askedStorage()) {
            return;
        }
        var saved = model.resumableProperty().get();
        if (saved == null) {
            onStart.accept(model.start(perspective));
            return;
        }
        String when =
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(texts.locale())
                        .withZone(ZoneId.systemDefault())
                        .format(saved.savedAt());
        confirmDiscard.cancel();
        confirmReplace.ask(
                texts.get("welcome.resume.replace.title"),
                texts.get("welcome.resume.replace.detail", when),
                texts.get("welcome.resume.replace.keep"),
                texts.get("welcome.resume.replace.yes"),
                card,
                () -> onStart.accept(model.start(perspective)));
    }

    /**
     * Whether how to keep answers is chosen; if not, says so beside the choice and puts the focus
     * there.
     */
    private boolean askedStorage() {
        if (model.storageChosen()) {
            return true;
        }
        storageNeeded.setVisible(true);
        Node first = page.lookup("#storage-keep");
        if (first != null) {
            first.requestFocus();
        }
        return false;
    }

    private void showChoices() {
        choices.getChildren().clear();
        timed.clear();
        List<Perspective> perspectives = model.perspectives();
        if (perspectives.isEmpty()) {
            choices.getChildren()
                    .add(
                            choice(
                                    "start",
                                    texts.get("welcome.start"),
                                    texts.get("welcome.start.detail"),
                                    () -> model.timeFor(null),
                                    Icon.PLAY,
                                    () -> startNew(choices.lookup("#start"), null)));
        }
        for (Perspective perspective : perspectives) {
            boolean known = perspective.id().equals("partner") || perspective.id().equals("self");
            String title =
                    known
                            ? texts.get("welcome." + perspective.id())
                            : perspective.label().in(texts.language());
            String detail =
                    known
                            ? texts.get("welcome." + perspective.id() + ".detail")
                            : perspective.description().in(texts.language());
            choices.getChildren()
                    .add(
                            choice(
                                    "start-" + perspective.id(),
                                    title,
                                    detail,
                                    () -> model.timeFor(perspective.id()),
                                    perspective.id().equals("self") ? Icon.USER : Icon.USERS,
                                    () ->
                                            startNew(
                                                    choices.lookup("#start-" + perspective.id()),
                                                    perspective.id())));
        }
        if (model.handOutProperty().get() != null) {
            // a client opening a therapist's hand-out takes that quiz: nothing else to choose
            showBank();
            return;
        }
        choices.getChildren()
                .add(
                        choice(
                                "couple",
                                texts.get("welcome.couple"),
                                texts.get("welcome.couple.detail"),
                                model::coupleTime,
                                Icon.HEART,
                                () -> {
                                    if (!askedStorage()) {
                                        return;
                                    }
                                    if (model.supportsCouples()) {
                                        model.applyStorage();
                                        onCouple.accept(model.bank());
                                    } else {
                                        model.notYet("welcome.couple.unsupported");
                                    }
                                }));
        choices.getChildren()
                .add(
                        choice(
                                "therapist",
                                texts.get("welcome.therapist"),
                                texts.get("welcome.therapist.detail"),
                                null,
                                Icon.CLIPBOARD,
                                () -> {
                                    if (!askedStorage()) {
                                        return;
                                    }
                                    model.applyStorage();
                                    onTherapist.run();
                                }));
        showBank();
    }

    /**
     * A card; under its words, how long that quiz takes ({@code time}, or null for a card that
     * starts no quiz). While the built-in bank is still loading, the line is kept empty, so that
     * the times come without moving anything on the page (see {@link #showTimes}).
     */
    private Button choice(
            String id,
            String title,
            String detail,
            Supplier<Optional<String>> time,
            Icon icon,
            Runnable action) {
        Button card = TextPage.card(id, title, detail, icon, action);
        if (time == null) {
            return card;
        }
        if (!model.timesKnown()) {
            card.setText(title + "\n" + detail + "\n" + TIME_TO_COME);
        }
        Runnable showTime =
                () -> {
                    if (!model.timesKnown()) {
                        return;
                    }
                    Optional<String> said = time.get();
                    card.setText(title + "\n" + detail + said.map(t -> "\n" + t).orElse(""));
                    card.setAccessibleText(
                            title + ". " + detail + said.map(t -> " " + t).orElse(""));
                };
        timed.put(card, showTime);
        showTime.run();
        return card;
    }

    /**
     * Puts the times on the cards once the built-in bank is loaded, in place: the focus stays on
     * the card it is on.
     */
    private void showTimes() {
        timed.values().forEach(Runnable::run);
    }

    private void showBank() {
        bankBox.getChildren().clear();
        handOutBox.getChildren().clear();
        handOutBox.setManaged(model.handOutProperty().get() != null);
        if (model.handOutProperty().get() != null) {
            showHandOut();
        } else if (model.bankFileProperty().get() != null) {
            bankBox.getChildren()
                    .add(
                            paragraph(
                                    texts.get(
                                            "welcome.bank.using",
                                            model.bank().about().title().in(texts.language()))));
            Hyperlink useDefault = new Hyperlink(texts.get("welcome.bank.useDefault"));
            useDefault.setId("use-default-bank");
            useDefault.setWrapText(true);
            useDefault.setOnAction(e -> model.useDefaultBank());
            bankBox.getChildren().add(useDefault);
        }
        if (model.locked()) {
            return;
        }
        Hyperlink open = new Hyperlink(texts.get("welcome.openBank"));
        open.setId("open-bank");
        open.setWrapText(true);
        open.setGraphic(Icon.FOLDER.node());
        open.setOnAction(e -> model.openAsked());
        bankBox.getChildren().add(open);
        List<Problem> problems = model.bankProblemsProperty().get();
        if (!problems.isEmpty()) {
            VBox list = new VBox(4);
            list.setId("bank-problems");
            list.getStyleClass().add(Style.PROBLEMS);
            list.getChildren().add(paragraph(texts.get("welcome.bank.problems")));
            problems.stream()
                    .limit(8)
                    .forEach(p -> list.getChildren().add(paragraph(p.in(texts.locale()))));
            bankBox.getChildren().add(list);
        }
    }

    /** Who the hand-out is from, their note, and what happens to the answers. */
    private void showHandOut() {
        WelcomeViewModel.HandOutWords words = model.handOutWords();
        VBox box = new VBox(6);
        box.setId("hand-out");
        box.getStyleClass().add(Style.HAND_OUT);
        Label from = withIcon(words.from(), Icon.CLIPBOARD);
        from.getStyleClass().add(Style.SUBHEADING);
        box.getChildren().add(from);
        words.note()
                .ifPresent(
                        text -> {
                            Label note = paragraph(text);
                            note.setId("hand-out-note");
                            box.getChildren().add(note);
                        });
        box.getChildren().add(paragraph(words.privacy()));
        words.code().ifPresent(text -> box.getChildren().add(paragraph(text)));
        words.sealed().ifPresent(text -> box.getChildren().add(paragraph(text)));
        if (!model.locked()) {
            Hyperlink leave = new Hyperlink(texts.get("welcome.handOut.leave"));
            leave.setId("use-default-bank");
            leave.setWrapText(true);
            leave.setOnAction(e -> model.useDefaultBank());
            box.getChildren().add(leave);
        }
        handOutBox.getChildren().add(box);
    }

    private static Label paragraph(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label withIcon(String text, Icon icon) {
        Label label = paragraph(text);
        label.setGraphic(icon.node());
        return label;
    }
}

package grayarea.ui.toolkit;

import atlantafx.base.theme.Styles;

/**
 * The style classes the app's stylesheets (app.css, high-contrast.css) define, as constants, so
 * that a page names a style the way AtlantaFX's own {@link Styles} does and a typo is a compile
 * error: the theme's own classes come from {@code Styles}, the app's from here. StylesheetsTest
 * checks that each constant here is a class the stylesheets style.
 */
public final class Style {

    /** AtlantaFX's accent button or text ({@link Styles#ACCENT}). */
    public static final String ACCENT = Styles.ACCENT;

    /** AtlantaFX's danger button or text ({@link Styles#DANGER}). */
    public static final String DANGER = Styles.DANGER;

    public static final String ABOUT_BOX = "about-box";
    public static final String ANSWER_TOGGLE = "answer-toggle";
    public static final String APP_ROOT = "app-root";
    public static final String APP_TITLE = "app-title";
    public static final String BAND = "band";
    public static final String BOUNDARY_SIDE = "boundary-side";
    public static final String CHOICE_CARD = "choice-card";
    public static final String CHOICES = "choices";
    public static final String CONFIRMATION = "confirmation";
    public static final String DECLINE_TOGGLE = "decline-toggle";
    public static final String FIELD_LABEL = "field-label";
    public static final String FILE_DIALOG = "file-dialog";
    public static final String FILE_DIALOG_FOLDER = "file-dialog-folder";
    public static final String FILE_DIALOG_SHOWING = "file-dialog-showing";
    public static final String FINGERPRINT = "fingerprint";
    public static final String HAND_OUT = "hand-out";
    public static final String HINT = "hint";
    public static final String HISTORY_CHART = "history-chart";
    public static final String HONESTY = "honesty";
    public static final String ICON = "icon";
    public static final String KEY_CHECK = "key-check";
    public static final String KEYS_HINT = "keys-hint";
    public static final String NOT_DIAGNOSIS = "not-diagnosis";
    public static final String PAGE = "page";
    public static final String PAGE_SCROLL = "page-scroll";
    public static final String PROBLEMS = "problems";
    public static final String QUESTION = "question";
    public static final String QUESTION_ERROR = "question-error";
    public static final String QUESTION_HINT = "question-hint";
    public static final String QUESTION_TEXT = "question-text";
    public static final String QUICK_EXIT = "quick-exit";
    public static final String QUICK_EXIT_COVER = "quick-exit-cover";
    public static final String REFLECTION = "reflection";
    public static final String RESULT_ACTIONS = "result-actions";
    public static final String RESULT_PAGE = "result-page";
    public static final String RESULTS_TABLE = "results-table";
    public static final String RESUME_BOX = "resume-box";
    public static final String REVIEW_ANSWER = "review-answer";
    public static final String REVIEW_ITEM = "review-item";
    public static final String REVIEW_PAGE = "review-page";
    public static final String REVIEW_SECTION = "review-section";
    public static final String SAFETY_BOX = "safety-box";
    public static final String SCORES_CHART = "scores-chart";
    public static final String SECTION_INTRO = "section-intro";
    public static final String SECTION_PAGE = "section-page";
    public static final String SECTION_TITLE = "section-title";
    public static final String SET_ASIDE_FILE = "set-aside-file";
    public static final String STATUS = "status";
    public static final String STEP_LABEL = "step-label";
    public static final String STORAGE_BOX = "storage-box";
    public static final String SUBHEADING = "subheading";
    public static final String TOP_BAR = "top-bar";
    public static final String WELCOME_PAGE = "welcome-page";
    public static final String WELCOME_SUBTITLE = "welcome-subtitle";
    public static final String WELCOME_TITLE = "welcome-title";
    public static final String WIZARD_HEADER = "wizard-header";
    public static final String WIZARD_NAV = "wizard-nav";
    public static final String RESULT_HEADING = "result-heading";
    public static final String RESULT_TITLE = "result-title";
    public static final String SAFETY_TITLE = "safety-title";
    public static final String COUPLE_PAGE = "couple-page";
    public static final String THERAPIST_PAGE = "therapist-page";
    public static final String THERAPIST_WIDE_PAGE = "therapist-wide-page";
    public static final String RESULT_STEPS = "result-steps";
    public static final String RESULT_STEP_ANSWER = "result-step-answer";
    public static final String SAFETY_NOTE = "safety-note";

    /** The list of places for help lines ("Where are you?"): tall enough for every place. */
    public static final String REGION_LIST = "region-list";

    private Style() {}
}

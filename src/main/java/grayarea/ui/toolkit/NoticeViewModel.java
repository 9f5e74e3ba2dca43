package grayarea.ui.toolkit;

/**
 * A page that only tells something that stopped the app from going on (a hand-out that can't be
 * read, a folder that can't be cleared), in words from the bundles: its id, a title if it has one,
 * and the text.
 *
 * @param id the page's id, for tests and screenshots
 * @param title the page's title, or empty for none
 * @param text what happened, in the person's words
 */
public record NoticeViewModel(String id, String title, String text) {}

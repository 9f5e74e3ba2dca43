package grayarea.ui.therapist;

import grayarea.ui.Texts;

/**
 * A text a view model wants shown, as its key and arguments: the view words it in the language of
 * the moment, so a message already on screen follows a change of language.
 */
record Message(String key, Object... args) {

    String in(Texts texts) {
        return texts.get(key, args);
    }
}

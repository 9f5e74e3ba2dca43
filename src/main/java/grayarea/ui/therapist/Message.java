package grayarea.ui.therapist;

import grayarea.bank.Problem;
import grayarea.ui.toolkit.Texts;
import java.util.Arrays;

/**
 * A text a view model wants shown, as its key and arguments: the view words it in the language of
 * the moment, so a message already on screen follows a change of language. A located problem or a
 * file's own message among the arguments is said in that language too.
 */
record Message(String key, Object... args) {

    String in(Texts texts) {
        Object[] said =
                Arrays.stream(args)
                        .map(
                                a ->
                                        a instanceof Problem p
                                                ? p.in(texts.locale())
                                                : a instanceof grayarea.bank.Message m
                                                        ? m.in(texts.locale())
                                                        : a)
                        .toArray();
        return texts.get(key, said);
    }
}

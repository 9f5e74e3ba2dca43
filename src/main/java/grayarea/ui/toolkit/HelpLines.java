package grayarea.ui.toolkit;

import grayarea.bank.HelpResource;
import grayarea.bank.QuestionBank;
import java.util.ArrayList;
import java.util.List;

/**
 * The bank's help resources as lines to show: name (region): how to reach, then the bank's note.
 */
public final class HelpLines {

    private HelpLines() {}

    public static List<String> of(QuestionBank bank, Texts texts, String language) {
        List<String> lines = new ArrayList<>();
        for (HelpResource r : bank.resources()) {
            lines.add(
                    r.fillIn()
                            ? texts.get(
                                    "result.resource.fillIn",
                                    r.name().in(language),
                                    r.region().in(language))
                            : r.name().in(language)
                                    + " ("
                                    + r.region().in(language)
                                    + "): "
                                    + r.contact().in(language));
        }
        return lines;
    }
}

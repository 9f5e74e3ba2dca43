package grayarea.session;

import grayarea.bank.AnswerSheet;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One person's quiz in progress (or finished), as autosaved.
 *
 * @param bankFile the bank file the quiz uses, or null for a bank built into the app
 * @param perspective the perspective answered ("partner", "self"), or null for a bank without
 * @param step the step the person was on
 * @param notes private notes on reflection prompts, by reflection id
 */
public record SoloSession(
        Path bankFile,
        String perspective,
        int step,
        AnswerSheet answers,
        Map<String, String> notes,
        boolean finished,
        Instant savedAt) {

    public SoloSession {
        notes = Collections.unmodifiableMap(new LinkedHashMap<>(notes));
    }
}

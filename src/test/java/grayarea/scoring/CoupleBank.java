package grayarea.scoring;

import grayarea.bank.BankLoader;
import grayarea.bank.ProblemsException;
import grayarea.bank.QuestionBank;
import java.nio.charset.StandardCharsets;

/**
 * A small couple-mode bank whose numbers are easy to work out by hand (the couple-mode tests).
 *
 * <ul>
 *   <li>scale "freq": never 0, sometimes 1, often 2;
 *   <li>"flirt": share of the maximum of f-flirt alone, no item may be missing (range 100);
 *   <li>"secrecy": the sum of f-hide and f-lock (range 2 + 2 = 4);
 *   <li>"warmth": the mean of f-warm and talk-went reversed, talk-went shown only after talked =
 *       yes (range: the mean spread of one item, 2);
 *   <li>private: "secret-note" (text) and "q-fear" (yes raises the safety flag "fear-flag"), and
 *       "fear-more", shown only after q-fear = yes, so never shared either;
 *   <li>"hopes": a free text that is not private, so it can be left out by choice;
 *   <li>f-flirt "often" raises the flag "curious-flag", which is not a safety flag.
 * </ul>
 */
public final class CoupleBank {

    public static final String JSON =
            """
            {
              "kind": "grayarea.question-bank",
              "formatVersion": 1,
              "id": "couple-test",
              "version": "1.0.0",
              "languages": ["en"],
              "title": "Couple test",
              "perspectives": [
                {"id": "partner", "label": "About my partner"},
                {"id": "self", "label": "About myself"}
              ],
              "behaviours": [
                {"id": "flirting", "label": "Flirting"},
                {"id": "hiding", "label": "Hiding messages"},
                {"id": "comparing", "label": "Comparing"}
              ],
              "scales": [
                {"id": "freq", "options": [
                  {"id": "never", "label": "Never", "value": 0},
                  {"id": "sometimes", "label": "Sometimes", "value": 1},
                  {"id": "often", "label": "Often", "value": 2}
                ]}
              ],
              "dimensions": [
                {"id": "flirt", "label": "Flirtatious contact", "formation": "percentOfMax", "missing": {"rule": "skip", "maxMissing": 0}},
                {"id": "secrecy", "label": "Secrecy", "formation": "sum"},
                {"id": "warmth", "label": "Warmth", "formation": "mean"}
              ],
              "primary": {"dimension": "flirt", "bands": [
                {"id": "low", "from": 0, "label": "Low", "explanation": "Few signs."}
              ]},
              "flags": [
                {"id": "fear-flag", "label": "Feeling unsafe FLAGLABEL", "safety": true, "message": "FLAGMESSAGE you deserve to feel safe"},
                {"id": "curious-flag", "label": "Curious", "safety": false}
              ],
              "sections": [
                {"id": "habits", "title": "Habits", "questions": [
                  {"id": "f-flirt", "type": "scale", "scale": "freq", "behaviour": "flirting", "text": "Flirty messages?", "scoring": [{"dimension": "flirt"}], "raisesOn": {"often": ["curious-flag"]}},
                  {"id": "f-hide", "type": "scale", "scale": "freq", "behaviour": "hiding", "text": "Hidden messages?", "scoring": [{"dimension": "secrecy"}]},
                  {"id": "f-lock", "type": "scale", "scale": "freq", "text": "Phone locked away?", "scoring": [{"dimension": "secrecy"}]},
                  {"id": "talked", "type": "yesno", "text": "Talked about it?"},
                  {"id": "talk-went", "type": "scale", "scale": "freq", "showIf": {"question": "talked", "in": ["yes"]}, "text": "Did it turn into a fight?", "scoring": [{"dimension": "warmth", "reverse": true}]},
                  {"id": "f-warm", "type": "scale", "scale": "freq", "text": "Warm moments?", "scoring": [{"dimension": "warmth"}]},
                  {"id": "hopes", "type": "text", "text": "What do you hope for?"},
                  {"id": "secret-note", "type": "text", "private": true, "text": "Anything else?"},
                  {"id": "q-fear", "type": "yesno", "private": true, "text": "Are you ever afraid?", "yes": {"raises": ["fear-flag"]}},
                  {"id": "fear-more", "type": "text", "showIf": {"question": "q-fear", "in": ["yes"]}, "text": "Tell more"}
                ]},
                {"id": "map", "title": "Boundaries", "questions": [
                  {"id": "b-flirting", "type": "boundary", "behaviour": "flirting", "text": "Flirting"},
                  {"id": "b-hiding", "type": "boundary", "behaviour": "hiding", "text": "Hiding"},
                  {"id": "b-comparing", "type": "boundary", "behaviour": "comparing", "text": "Comparing"}
                ]}
              ],
              "conversationPrompts": [
                {"id": "mm-any", "topic": "boundary-mismatch", "text": "Your lines differ on {behaviour}."},
                {"id": "mm-any-2", "topic": "boundary-mismatch", "text": "Talk about {behaviour} once more."},
                {"id": "mm-flirting", "topic": "boundary-mismatch", "behaviour": "flirting", "text": "Where does friendly end?"},
                {"id": "ds-any", "topic": "double-standard", "text": "{behaviour} feels different by who does it."},
                {"id": "gap-any", "topic": "perception-gap", "text": "You see {behaviour} differently."},
                {"id": "shared-any", "topic": "shared-line", "text": "You both draw a line at {behaviour}."},
                {"id": "general-any", "topic": "general", "text": "Pick a calm moment."}
              ]
            }
            """;

    private CoupleBank() {}

    public static QuestionBank load() {
        try {
            return BankLoader.load("couple-test.json", JSON.getBytes(StandardCharsets.UTF_8));
        } catch (ProblemsException e) {
            throw new IllegalStateException(e.problems().toString(), e);
        }
    }
}

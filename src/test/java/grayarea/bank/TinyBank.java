package grayarea.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A small valid bank in two languages with two perspectives, written one item a line so that a test
 * can break one thing with a precise edit and know exactly where the problem is. Every kind of
 * question appears once; the primary score "concern" is a sum from 0 to 5.
 */
final class TinyBank {

    static final String FILE = "tiny.json";

    static final String JSON =
            """
            {
              "kind": "grayarea.question-bank",
              "formatVersion": 1,
              "id": "tiny",
              "version": "1.0.0",
              "languages": ["en", "es"],
              "title": {"en": "Tiny bank", "es": "Banco pequeño"},
              "perspectives": [
                {"id": "partner", "label": {"en": "About my partner", "es": "Sobre mi pareja"}},
                {"id": "self", "label": {"en": "About myself", "es": "Sobre mí"}}
              ],
              "behaviours": [
                {"id": "flirting", "label": {"en": "Flirting", "es": "Coqueteo"}},
                {"id": "hiding", "label": {"en": "Hiding messages", "es": "Ocultar mensajes"}}
              ],
              "scales": [
                {"id": "freq", "options": [
                  {"id": "never", "label": {"en": "Never", "es": "Nunca"}, "value": 0},
                  {"id": "often", "label": {"en": "Often", "es": "A menudo"}, "value": 3}
                ]}
              ],
              "dimensions": [
                {"id": "concern", "label": {"en": "Concern", "es": "Preocupación"}, "formation": "sum"},
                {"id": "trust", "label": {"en": "Trust", "es": "Confianza"}, "formation": "mean"}
              ],
              "primary": {"dimension": "concern", "bands": [
                {"id": "low", "from": 0, "label": {"en": "Low", "es": "Bajo"}, "explanation": {"en": "Few signs.", "es": "Pocas señales."}},
                {"id": "high", "from": 4, "label": {"en": "High", "es": "Alto"}, "explanation": {"en": "Many signs.", "es": "Muchas señales."}}
              ]},
              "flags": [
                {"id": "afraid", "label": {"en": "Afraid", "es": "Miedo"}, "safety": true}
              ],
              "resources": [
                {"id": "emergency", "name": {"en": "Emergency services", "es": "Emergencias"}, "contact": {"en": "Call 911", "es": "Llama al 911"}, "region": {"en": "United States", "es": "Estados Unidos"}}
              ],
              "sections": [
                {"id": "main", "title": {"en": "Main", "es": "Principal"}, "questions": [
                  {"id": "q-often", "type": "scale", "scale": "freq", "behaviour": "flirting", "text": {"en": "How often?", "es": "¿Con qué frecuencia?"}, "scoring": [{"dimension": "concern"}], "raisesOn": {"often": ["afraid"]}},
                  {"id": "q-talked", "type": "yesno", "text": {"en": "Have you talked?", "es": "¿Han hablado?"}, "yes": {"scores": {"trust": 1}}},
                  {"id": "q-note", "type": "text", "private": true, "text": {"en": "Notes", "es": "Notas"}},
                  {"id": "q-own", "type": "yesno", "perspectives": ["self"], "text": {"en": "Would you mind?", "es": "¿Te molestaría?"}},
                  {"id": "q-signs", "type": "single", "showIf": {"question": "q-talked", "in": ["yes"]}, "text": {"en": "Signs?", "es": "¿Señales?"}, "options": [
                    {"id": "none", "label": {"en": "None", "es": "Ninguna"}, "scores": {"concern": 0}},
                    {"id": "some", "label": {"en": "Some", "es": "Algunas"}, "scores": {"concern": 2}, "raises": ["afraid"]}
                  ]},
                  {"id": "q-habits", "type": "checklist", "text": {"en": "Habits", "es": "Hábitos"}, "options": [
                    {"id": "walks", "label": {"en": "Walks", "es": "Paseos"}, "scores": {"trust": 1}}
                  ]}
                ]},
                {"id": "map", "title": {"en": "Boundaries", "es": "Límites"}, "questions": [
                  {"id": "b-flirting", "type": "boundary", "behaviour": "flirting", "text": {"en": "Flirting", "es": "Coquetear"}}
                ]}
              ],
              "reflections": [
                {"id": "r-always", "text": {"en": "What do you need?", "es": "¿Qué necesitas?"}, "when": {"always": true}},
                {"id": "r-high", "text": {"en": "Talk soon.", "es": "Hablen pronto."}, "when": {"score": "concern", "atLeast": 4, "below": 10}},
                {"id": "r-safety", "text": {"en": "Stay safe.", "es": "Cuídate."}, "when": {"flag": "afraid"}}
              ],
              "conversationPrompts": [
                {"id": "c-map", "topic": "boundary-mismatch", "behaviour": "flirting", "text": {"en": "Talk about {behaviour}.", "es": "Hablen de {behaviour}."}}
              ]
            }
            """;

    private TinyBank() {}

    /**
     * The bank with the first occurrence of {@code from} replaced; fails when it is not there
     * exactly once.
     */
    static String edit(String json, String from, String to) {
        int at = json.indexOf(from);
        if (at < 0 || json.indexOf(from, at + 1) >= 0) {
            fail("the edit needs exactly one \"" + from + "\" in the bank");
        }
        return json.substring(0, at) + to + json.substring(at + from.length());
    }

    static String edit(String from, String to) {
        return edit(JSON, from, to);
    }

    /**
     * "LINE:COLUMN" of the one occurrence of {@code marker} in the text, counting lines and columns
     * from 1 and columns in characters. Tests use it to say where a problem must point.
     */
    static String at(String json, String marker) {
        int index = json.indexOf(marker);
        if (index < 0 || json.indexOf(marker, index + 1) >= 0) {
            fail("expected exactly one \"" + marker + "\" in the text");
        }
        return position(json, index);
    }

    /**
     * "LINE:COLUMN" just after the one occurrence of the marker: where the value after a key and
     * colon starts.
     */
    static String after(String json, String marker) {
        int index = json.indexOf(marker);
        if (index < 0 || json.indexOf(marker, index + 1) >= 0) {
            fail("expected exactly one \"" + marker + "\" in the text");
        }
        return position(json, index + marker.length());
    }

    /** "LINE:COLUMN" of the nth (from 1) occurrence of the marker. */
    static String at(String json, String marker, int nth) {
        int index = -1;
        for (int i = 0; i < nth; i++) {
            index = json.indexOf(marker, index + 1);
            if (index < 0) {
                fail("fewer than " + nth + " \"" + marker + "\" in the text");
            }
        }
        return position(json, index);
    }

    private static String position(String text, int index) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return line + ":" + (text.codePointCount(lineStart, index) + 1);
    }

    /** Every problem of the bank text, as the user sees them. */
    static List<String> problems(String json) {
        try {
            BankLoader.load(FILE, json.getBytes(StandardCharsets.UTF_8));
            return List.of();
        } catch (ProblemsException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
    }

    static QuestionBank load(String json) {
        try {
            return BankLoader.load(FILE, json.getBytes(StandardCharsets.UTF_8));
        } catch (ProblemsException e) {
            throw new AssertionError("the bank should load: " + e.problems(), e);
        }
    }

    static void assertValid(String json) {
        assertThat(problems(json)).isEmpty();
    }
}

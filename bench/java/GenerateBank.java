import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a large, valid question bank (format version 1) for the bank benchmark:
 *
 *   java GenerateBank.java QUESTIONS OUT.json
 *
 * English and Spanish, two perspectives, three dimensions, a safety flag, 40 sections; the
 * questions are a mix of scale, single-choice, yes/no, checklist, text and boundary
 * questions, some shown only on a condition, so the schema and the semantic checks have real
 * work to do. Deterministic (fixed seed).
 */
public final class GenerateBank {

    private static final String[] FREQ = {"never", "rarely", "sometimes", "often"};

    public static void main(String[] args) throws IOException {
        int questions = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        Random random = new Random(8);
        int sections = 40;
        StringBuilder b = new StringBuilder(questions * 600);
        b.append("{\n\"kind\": \"grayarea.question-bank\", \"formatVersion\": 1,\n");
        b.append("\"id\": \"generated-").append(questions).append("\", \"version\": \"1.0.0\",\n");
        b.append("\"languages\": [\"en\", \"es\"],\n");
        b.append("\"title\": ").append(text("Generated bank of " + questions + " questions")).append(",\n");
        b.append("\"description\": ").append(text("A generated bank for the benchmark.")).append(",\n");
        b.append("\"perspectives\": [{\"id\": \"partner\", \"label\": ").append(text("About my partner"))
                .append("}, {\"id\": \"self\", \"label\": ").append(text("About me")).append("}],\n");
        b.append("\"behaviours\": [");
        for (int i = 0; i < 20; i++) {
            b.append(i == 0 ? "" : ", ").append("{\"id\": \"behaviour-").append(i).append("\", \"label\": ")
                    .append(text("Behaviour " + i)).append("}");
        }
        b.append("],\n\"scales\": [{\"id\": \"frequency\", \"options\": [");
        for (int i = 0; i < FREQ.length; i++) {
            b.append(i == 0 ? "" : ", ").append("{\"id\": \"").append(FREQ[i]).append("\", \"label\": ")
                    .append(text(FREQ[i])).append(", \"value\": ").append(i).append("}");
        }
        b.append("]}],\n\"dimensions\": [\n");
        b.append(" {\"id\": \"concern\", \"label\": ").append(text("Concern"))
                .append(", \"formation\": \"percentOfMax\", \"missing\": {\"rule\": \"skip\"}},\n");
        b.append(" {\"id\": \"secrecy\", \"label\": ").append(text("Secrecy")).append(", \"formation\": \"mean\"},\n");
        b.append(" {\"id\": \"openness\", \"label\": ").append(text("Openness"))
                .append(", \"formation\": \"sum\", \"missing\": {\"rule\": \"prorate\", \"maxMissing\": 100}}\n],\n");
        b.append("\"primary\": {\"dimension\": \"concern\", \"bands\": [\n");
        String[] bands = {"few-signs", "some-signs", "worth-talking"};
        for (int i = 0; i < bands.length; i++) {
            b.append(i == 0 ? " " : ",\n ").append("{\"id\": \"").append(bands[i]).append("\", \"from\": ").append(i * 33)
                    .append(", \"label\": ").append(text("Band " + bands[i])).append(", \"explanation\": ")
                    .append(text("What band " + bands[i] + " means.")).append("}");
        }
        b.append("\n]},\n");
        b.append("\"flags\": [{\"id\": \"afraid\", \"label\": ").append(text("Afraid")).append(", \"safety\": true, \"message\": ")
                .append(text("You deserve to feel safe.")).append("}],\n");
        b.append("\"resources\": [{\"id\": \"hotline\", \"name\": ").append(text("A hotline")).append(", \"contact\": ")
                .append(text("Call 000")).append(", \"region\": ").append(text("Anywhere")).append("}],\n");
        b.append("\"sections\": [\n");
        int perSection = (questions + sections - 1) / sections;
        int written = 0;
        for (int s = 0; s < sections && written < questions; s++) {
            b.append(s == 0 ? "" : ",\n").append("{\"id\": \"section-").append(s).append("\", \"title\": ")
                    .append(text("Section " + s)).append(", \"intro\": ").append(text("About section " + s + "."));
            if (s % 10 == 9) {
                b.append(", \"perspectives\": [\"self\"]");
            }
            b.append(", \"questions\": [\n");
            String previousChoice = null;
            for (int q = 0; q < perSection && written < questions; q++, written++) {
                String id = "q-" + written;
                b.append(q == 0 ? "  " : ",\n  ").append("{\"id\": \"").append(id).append("\", ");
                int kind = random.nextInt(20);
                String wording = "Question " + written + ": how often does this happen, and how does it feel?";
                if (kind < 10) {
                    b.append("\"type\": \"scale\", \"scale\": \"frequency\", \"required\": ").append(kind % 2 == 0)
                            .append(", \"text\": ").append(text(wording))
                            .append(", \"textFor\": {\"partner\": ").append(text("Partner: " + wording))
                            .append(", \"self\": ").append(text("Me: " + wording)).append("}")
                            .append(", \"scoring\": [{\"dimension\": \"concern\"}, {\"dimension\": \"")
                            .append(kind % 3 == 0 ? "openness\", \"reverse\": true" : "secrecy\", \"weight\": 0.5")
                            .append("}]");
                    previousChoice = null;
                } else if (kind < 14) {
                    b.append("\"type\": \"single\", \"text\": ").append(text(wording)).append(", \"options\": [");
                    for (int o = 0; o < 4; o++) {
                        b.append(o == 0 ? "" : ", ").append("{\"id\": \"option-").append(o).append("\", \"label\": ")
                                .append(text("Option " + o)).append(", \"scores\": {\"concern\": ").append(o)
                                .append(", \"secrecy\": ").append(3 - o).append("}}");
                    }
                    b.append("]");
                    previousChoice = id;
                } else if (kind < 16) {
                    b.append("\"type\": \"yesno\", \"text\": ").append(text(wording))
                            .append(", \"yes\": {\"scores\": {\"concern\": 2}}, \"no\": {\"scores\": {\"openness\": 1}}");
                    if (kind == 15 && previousChoice != null) {
                        b.append(", \"showIf\": {\"question\": \"").append(previousChoice).append("\", \"in\": [\"option-2\", \"option-3\"]}");
                    }
                } else if (kind < 18) {
                    b.append("\"type\": \"checklist\", \"text\": ").append(text(wording)).append(", \"options\": [");
                    for (int o = 0; o < 5; o++) {
                        b.append(o == 0 ? "" : ", ").append("{\"id\": \"tick-").append(o).append("\", \"label\": ")
                                .append(text("Tick " + o)).append(", \"scores\": {\"concern\": 1}}");
                    }
                    b.append("]");
                } else if (kind == 18) {
                    b.append("\"type\": \"text\", \"text\": ").append(text(wording)).append(", \"maxLength\": 2000");
                } else {
                    b.append("\"type\": \"boundary\", \"behaviour\": \"behaviour-").append(random.nextInt(20))
                            .append("\", \"text\": ").append(text(wording));
                }
                b.append("}");
            }
            b.append("\n]}");
        }
        b.append("\n],\n\"reflections\": [\n");
        b.append(" {\"id\": \"always\", \"text\": ").append(text("What would you like to talk about first?"))
                .append(", \"when\": {\"always\": true}},\n");
        b.append(" {\"id\": \"high\", \"text\": ").append(text("Many answers show concern."))
                .append(", \"when\": {\"score\": \"concern\", \"atLeast\": 50}},\n");
        b.append(" {\"id\": \"band\", \"text\": ").append(text("Worth talking about."))
                .append(", \"when\": {\"band\": [\"worth-talking\"]}},\n");
        b.append(" {\"id\": \"safety\", \"text\": ").append(text("Your safety comes first."))
                .append(", \"when\": {\"flag\": \"afraid\"}}\n],\n");
        b.append("\"gutChecks\": [{\"id\": \"in-front\", \"text\": ").append(text("Would it happen in front of you?")).append("}],\n");
        b.append("\"conversationPrompts\": [{\"id\": \"mismatch\", \"topic\": \"boundary-mismatch\", \"text\": ")
                .append(text("Talk about {behaviour}.")).append("}]\n");
        b.append("}\n");
        Files.writeString(out, b, StandardCharsets.UTF_8);
    }

    private static String text(String english) {
        String e = english.replace("\"", "'");
        return "{\"en\": \"" + e + "\", \"es\": \"(es) " + e + "\"}";
    }
}

package grayarea.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The banks stay in the project's own words: no text of a bundled bank, in any language, shares a
 * run of eight words with the source article. The article itself is not in the repository, only the
 * hashes of its 8-word runs ({@value #HASHES}); the only words of the article a bank may quote are
 * its title, in {@code source.title} and in the credits.
 *
 * <p>To write the hashes again from the article: {@code mvn -B test -Dtest=OwnWordsTest
 * -Dgrayarea.article=../shared/article/micro-cheating-article.txt}.
 */
class OwnWordsTest {

    private static final Path HASHES = Path.of("src/test/resources/article-8grams.txt");
    private static final int RUN = 8;

    /** The runs of eight words of a text: lower case, apostrophes dropped, split at the rest. */
    static Set<String> runs(String text) {
        String plain =
                Normalizer.normalize(text, Normalizer.Form.NFKC)
                        .toLowerCase(Locale.ROOT)
                        .replace("'", "")
                        .replace("\u2019", "");
        List<String> words = new ArrayList<>();
        for (String word : plain.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        Set<String> runs = new LinkedHashSet<>();
        for (int i = 0; i + RUN <= words.size(); i++) {
            runs.add(String.join(" ", words.subList(i, i + RUN)));
        }
        return runs;
    }

    /** A run's hash as committed: the first 16 hex digits of its SHA-256. */
    static String hash(String run) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256")
                            .digest(run.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> articleHashes() throws IOException {
        String article = System.getProperty("grayarea.article");
        if (article != null) {
            Set<String> hashes = new TreeSet<>();
            runs(Files.readString(Path.of(article))).forEach(r -> hashes.add(hash(r)));
            List<String> lines = new ArrayList<>();
            lines.add(
                    "# SHA-256 (first 16 hex digits) of every run of 8 words of the source article,");
            lines.add(
                    "# lower case, apostrophes dropped, split at anything but letters and digits.");
            lines.add(
                    "# Written by OwnWordsTest from the article; the article itself is not kept here.");
            lines.addAll(hashes);
            Files.write(HASHES, lines, StandardCharsets.UTF_8);
        }
        Set<String> hashes = new TreeSet<>();
        for (String line : Files.readAllLines(HASHES, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                hashes.add(line.strip());
            }
        }
        return hashes;
    }

    @Test
    void noBundledBankSharesEightWordsInARowWithTheArticle() throws IOException {
        Set<String> article = articleHashes();
        assertThat(article).hasSizeGreaterThan(500);
        List<String> bundled =
                Files.readAllLines(Path.of("questions/bundled.txt"), StandardCharsets.UTF_8)
                        .stream()
                        .map(String::strip)
                        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                        .toList();
        assertThat(bundled).isNotEmpty();
        List<String> copied = new ArrayList<>();
        for (String path : bundled) {
            JsonNode bank =
                    JsonMapper.builder()
                            .build()
                            .readTree(Files.readString(Path.of("questions", path)));
            String title = bank.path("source").path("title").asString("");
            walk(
                    bank,
                    "",
                    (where, text) -> {
                        if (where.equals("/source/title")) {
                            return;
                        }
                        // the article's title may be named in the credits, and nowhere else
                        String checked =
                                where.startsWith("/credits") && !title.isEmpty()
                                        ? text.replace(title, " ")
                                        : text;
                        for (String run : runs(checked)) {
                            if (article.contains(hash(run))) {
                                copied.add(path + " " + where + ": \"" + run + "\"");
                            }
                        }
                    });
        }
        assertThat(copied).as("texts that repeat eight words of the article in a row").isEmpty();
    }

    @Test
    void theCheckWouldCatchTheArticlesOwnWords() throws IOException {
        // the default bank names the article's title in its source: outside the credits, those
        // words would count as copied
        Set<String> article = articleHashes();
        JsonNode bank =
                JsonMapper.builder()
                        .build()
                        .readTree(Files.readString(Path.of("questions/micro-cheating.json")));
        String title = bank.path("source").path("title").asString("");
        assertThat(runs(title)).isNotEmpty();
        assertThat(runs(title)).anyMatch(r -> article.contains(hash(r)));
        assertThat(runs("Nine of our own words, written for this bank alone, here."))
                .noneMatch(r -> article.contains(hash(r)));
    }

    private interface Visit {
        void text(String where, String text);
    }

    private static void walk(JsonNode node, String where, Visit visit) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                walk(e.getValue(), where + "/" + e.getKey(), visit);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), where + "/" + i, visit);
            }
        } else if (node.isString()) {
            visit.text(where, node.stringValue());
        }
    }
}

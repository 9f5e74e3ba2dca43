package grayarea.ui.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What a failure's reason looks like on screen: the system's words, never a class or "null". */
class ProblemWordsTest {

    private final Texts english = new Texts(Locale.ENGLISH);
    private final Texts spanish = new Texts(Locale.forLanguageTag("es"));

    @Test
    void aFileErrorKeepsTheSystemsReason() {
        assertThat(ProblemWords.of(english, new IOException("No space left on device")))
                .isEqualTo("No space left on device");
        assertThat(ProblemWords.of(english, new AccessDeniedException("/home/sam/result.pdf")))
                .isEqualTo("/home/sam/result.pdf");
    }

    @Test
    void noMessageAClassNameOrADevelopersTextIsAnUnknownReason() {
        for (Exception failure :
                new Exception[] {
                    new IOException(),
                    new IOException("  "),
                    new IOException(new AccessDeniedException("x")),
                    new Exception(new UncheckedIOException(new IOException("disk"))),
                    new IllegalStateException("a key already exists; results would be lost"),
                    new NullPointerException()
                }) {
            assertThat(ProblemWords.of(english, failure))
                    .as("%s", failure)
                    .isEqualTo("the reason is unknown");
            assertThat(ProblemWords.of(spanish, failure))
                    .as("%s", failure)
                    .isEqualTo("no se sabe por qué");
        }
    }
}

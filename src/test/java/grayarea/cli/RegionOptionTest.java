package grayarea.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@code --region XX}: the help lines of score (and report) are those for that country. */
class RegionOptionTest {

    private static final String SHEET = "questions/examples/answers-partner.json";

    @Test
    void scoreShowsTheLinesForTheRegionGiven() {
        CliTest.Run uk = CliTest.run("score", "--region", "UK", "--answers", SHEET);
        assertThat(uk.code()).isZero();
        assertThat(uk.out())
                .contains("Help for: United Kingdom\n", "call 0808 2000 247", "call 116 123")
                .doesNotContain("1-800-799-7233");

        CliTest.Run mx = CliTest.run("--lang", "es", "score", "--region", "mx", "--answers", SHEET);
        assertThat(mx.out())
                .contains(
                        "Ayuda para: México\n",
                        "- Emergencias: llama al 911 \u2014 peligro inmediato")
                .doesNotContain("1-800-799-7233");
    }

    @Test
    void anUnknownRegionGivesTheEmergencyAdviceAlone() {
        CliTest.Run run = CliTest.run("score", "--region", "FR", "--answers", SHEET);
        assertThat(run.code()).isZero();
        assertThat(run.out())
                .contains(
                        "Wherever you are:\n"
                                + "- Emergency services: contact your local emergency services")
                .doesNotContain("call 911", "988", "999");
    }

    @Test
    void withoutTheOptionTheSystemsCountryIsUsed() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("en-NZ"));
            assertThat(CliTest.run("score", "--answers", SHEET).out())
                    .contains("Help for: New Zealand\n", "call 0800 733 843");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void theHelpSaysWhatTheOptionDoes() {
        assertThat(CliTest.run("score", "--help").out())
                .contains("--region=XX")
                .contains("the country whose help lines to show");
        assertThat(CliTest.run("report", "--help").out()).contains("--region=XX");
    }
}

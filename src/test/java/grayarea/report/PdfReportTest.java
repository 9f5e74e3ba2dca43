package grayarea.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** What a printed report looks like on the page: every line within the margins. */
class PdfReportTest {

    /** The page's margin, as the report leaves it on either side (A4, 56 points). */
    private static final float RIGHT_EDGE = PDRectangle.A4.getWidth() - 56;

    /** Every character drawn, in the order read, with the right edge of the farthest one. */
    private static final class Glyphs extends PDFTextStripper {
        final StringBuilder text = new StringBuilder();
        float farthest;

        @Override
        protected void writeString(String string, List<TextPosition> positions) throws IOException {
            for (TextPosition p : positions) {
                farthest = Math.max(farthest, p.getXDirAdj() + p.getWidthDirAdj());
                text.append(p.getUnicode());
            }
        }
    }

    private static Glyphs drawn(List<ReportBlock> blocks) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfReport().write(blocks, "test", out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            Glyphs glyphs = new Glyphs();
            glyphs.getText(pdf);
            return glyphs;
        }
    }

    @Test
    void aWordWiderThanALineIsBrokenBetweenItsCharactersAndStaysOnThePage() throws Exception {
        // a session note can be a 2,000-character web address, or Japanese without a space
        StringBuilder url = new StringBuilder("https://example.org/notes?q=");
        while (url.length() < 2000) {
            url.append("abcdefghij0123456789");
        }
        String address = url.substring(0, 2000);
        String japanese = "話し合いたいことがあります".repeat(30);
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(new ReportBlock(ReportBlock.Kind.PARAGRAPH, "Before " + address + " after"));
        blocks.add(new ReportBlock(ReportBlock.Kind.NOTE, japanese));
        blocks.add(new ReportBlock(ReportBlock.Kind.BULLET, address));

        Glyphs glyphs = drawn(blocks);

        assertThat(glyphs.farthest)
                .as("right edge of the farthest character")
                .isLessThanOrEqualTo(RIGHT_EDGE + 0.5f);
        // every character is there, in order: the text can still be copied out whole
        String read = glyphs.text.toString().replaceAll("\\s+", "");
        // the embedded font has no Japanese: each character is the missing-glyph box, one each
        String boxes = PdfReport.MISSING_GLYPH.repeat(japanese.length());
        assertThat(read).isEqualTo("Before" + address + "after" + boxes + "•" + address);
    }

    @Test
    void shortWordsStillBreakOnlyBetweenWords() throws Exception {
        String text = "plain words ".repeat(60).strip();
        List<String> lines =
                PdfReport.wrap(text, fontForTests(), 11, PDRectangle.A4.getWidth() - 2 * 56);
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(lines).allMatch(line -> line.matches("(plain words ?)*(plain)?"));
        assertThat(String.join(" ", lines)).isEqualTo(text);
    }

    private static PDType0Font fontForTests() throws IOException {
        PDDocument doc = new PDDocument();
        try (var in = PdfReport.class.getResourceAsStream("fonts/DejaVuSans.ttf")) {
            return PDType0Font.load(doc, in, true);
        }
    }
}

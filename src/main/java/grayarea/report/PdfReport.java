package grayarea.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Lays report blocks out on A4 pages with Apache PDFBox. The text is set in DejaVu Sans, embedded
 * in the file, which covers Latin, Greek and Cyrillic; a character the font truly lacks (an emoji,
 * say) is replaced by a visible □ rather than dropped.
 */
public final class PdfReport {

    /** Shown in place of a character the embedded font has no glyph for. */
    public static final String MISSING_GLYPH = "\u25A1";

    private static final float MARGIN = 56;
    private static final float BODY = 11;
    private static final float TITLE = 17;
    private static final float HEADING = 13;
    private static final float LEADING = 1.4f;
    private static final float INDENT = 14;

    private PDDocument document;
    private PDType0Font regular;
    private PDType0Font bold;
    private PDPageContentStream stream;
    private float y;

    /** Writes the blocks as a PDF to the stream. */
    public void write(List<ReportBlock> blocks, String title, OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            document = doc;
            regular = font("fonts/DejaVuSans.ttf");
            bold = font("fonts/DejaVuSans-Bold.ttf");
            doc.getDocumentInformation().setTitle(title);
            doc.getDocumentInformation().setCreator("Gray Area");
            newPage();
            for (ReportBlock block : blocks) {
                draw(block);
            }
            stream.close();
            doc.save(out);
        } finally {
            document = null;
            stream = null;
        }
    }

    private PDType0Font font(String resource) throws IOException {
        try (InputStream in = PdfReport.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("font missing from the application: " + resource);
            }
            return PDType0Font.load(document, in, true);
        }
    }

    private void newPage() throws IOException {
        if (stream != null) {
            stream.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        y = page.getMediaBox().getHeight() - MARGIN;
    }

    private void draw(ReportBlock block) throws IOException {
        switch (block.kind()) {
            case TITLE -> paragraph(block.text(), bold, TITLE, 0, 8);
            case HEADING -> {
                y -= 8;
                paragraph(block.text(), bold, HEADING, 0, 4);
            }
            case BULLET -> paragraph("• " + block.text(), regular, BODY, INDENT, 2);
            case NOTE -> paragraph(block.text(), regular, BODY, INDENT * 2, 2);
            case PAGE_BREAK -> newPage();
            default -> paragraph(block.text(), regular, BODY, 0, 4);
        }
    }

    private void paragraph(String text, PDType0Font font, float size, float indent, float after)
            throws IOException {
        String safe = printable(font, text);
        float width = PDRectangle.A4.getWidth() - 2 * MARGIN - indent;
        List<String> lines = wrap(safe, font, size, width);
        if (lines.isEmpty()) {
            y -= size * LEADING / 2;
            return;
        }
        for (String line : lines) {
            if (y - size * LEADING < MARGIN) {
                newPage();
            }
            y -= size * LEADING;
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(MARGIN + indent, y);
            stream.showText(line);
            stream.endText();
        }
        y -= after;
    }

    /** The text with every character the font lacks replaced by {@link #MISSING_GLYPH}. */
    static String printable(PDType0Font font, String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints()
                .forEach(
                        cp -> {
                            String ch = new String(Character.toChars(cp));
                            if (cp == '\n' || cp == '\t') {
                                out.append(' ');
                                return;
                            }
                            try {
                                font.encode(ch);
                                out.append(ch);
                            } catch (IOException | IllegalArgumentException e) {
                                out.append(MISSING_GLYPH);
                            }
                        });
        return out.toString();
    }

    /**
     * The text in lines no wider than {@code width}: broken between words, and a word wider than a
     * whole line (a long web address, or Chinese or Japanese text without spaces) broken between
     * its characters, so nothing runs off the page.
     */
    static List<String> wrap(String text, PDType0Font font, float size, float width)
            throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (widthOf(font, candidate, size) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (widthOf(font, word, size) <= width) {
                line.append(word);
                continue;
            }
            // wider than a line on its own: as many characters on each line as fit
            float used = 0;
            for (int i = 0; i < word.length(); ) {
                int cp = word.codePointAt(i);
                String ch = new String(Character.toChars(cp));
                float w = widthOf(font, ch, size);
                if (used + w > width && line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                    used = 0;
                }
                line.append(ch);
                used += w;
                i += Character.charCount(cp);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static float widthOf(PDType0Font font, String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }
}

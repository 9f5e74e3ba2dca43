package grayarea.report;

import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;

/** One piece of a report, so that text, PDF and print can each lay it out in their own way. */
public record ReportBlock(Kind kind, String text) {

    /** The blocks as plain text: a blank line before each heading, bullets as "- ". */
    public static String toText(List<ReportBlock> blocks) {
        StringBuilder out = new StringBuilder();
        Kind previous = null;
        for (ReportBlock block : blocks) {
            if (block.kind() == Kind.HEADING && previous != null) {
                out.append('\n');
            }
            switch (block.kind()) {
                case BULLET -> out.append("- ").append(block.text());
                case NOTE -> out.append("  ").append(block.text());
                case PAGE_BREAK -> out.append('\n').append("-".repeat(60)).append('\n');
                default -> out.append(block.text());
            }
            out.append('\n');
            previous = block.kind();
        }
        return out.toString();
    }

    /** A report text with its arguments filled in; apostrophes are always literal. */
    static String format(ResourceBundle texts, String key, Object... args) {
        return new MessageFormat(texts.getString(key).replace("'", "''"), texts.getLocale())
                .format(args);
    }

    /** What the piece is. */
    public enum Kind {
        TITLE,
        HEADING,
        PARAGRAPH,
        BULLET,
        /**
         * a line under the bullet before it: a private note, or what a step of "how this result
         * came about" rests on
         */
        NOTE,
        /** the next block starts a new page (a line of dashes in text) */
        PAGE_BREAK
    }
}

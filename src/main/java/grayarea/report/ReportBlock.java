package grayarea.report;

/** One piece of a report, so that text, PDF and print can each lay it out in their own way. */
public record ReportBlock(Kind kind, String text) {

    /** What the piece is. */
    public enum Kind {
        TITLE,
        HEADING,
        PARAGRAPH,
        BULLET,
        /** a private note under the bullet before it */
        NOTE
    }
}

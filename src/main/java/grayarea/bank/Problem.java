package grayarea.bank;

import java.util.Locale;

/**
 * One located problem in a file, shown to people as {@code FILE:LINE:COLUMN: message}, the message
 * in their language ({@link #in(Locale)}). Line and column count from 1; columns count characters,
 * not bytes. A problem that has no place in the file (it is missing, too large, unreadable) uses
 * line 1, column 1.
 */
public record Problem(String file, int line, int column, Message message)
        implements Comparable<Problem> {

    public static Problem atStart(String file, Message message) {
        return new Problem(file, 1, 1, message);
    }

    /** {@code FILE:LINE:COLUMN: message}, the message in the language. */
    public String in(Locale locale) {
        return file + ":" + line + ":" + column + ": " + message.in(locale);
    }

    /** In English. */
    @Override
    public String toString() {
        return in(Locale.ENGLISH);
    }

    @Override
    public int compareTo(Problem other) {
        int byLine = Integer.compare(line, other.line);
        if (byLine != 0) {
            return byLine;
        }
        int byColumn = Integer.compare(column, other.column);
        return byColumn != 0 ? byColumn : message.toString().compareTo(other.message.toString());
    }
}

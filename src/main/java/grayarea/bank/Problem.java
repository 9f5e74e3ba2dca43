package grayarea.bank;

/**
 * One located problem in a file, shown to people as {@code FILE:LINE:COLUMN: message}.
 * Line and column count from 1; columns count characters, not bytes. A problem that has no
 * place in the file (it is missing, too large, unreadable) uses line 1, column 1.
 */
public record Problem(String file, int line, int column, String message) implements Comparable<Problem> {

    public static Problem atStart(String file, String message) {
        return new Problem(file, 1, 1, message);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }

    @Override
    public int compareTo(Problem other) {
        int byLine = Integer.compare(line, other.line);
        if (byLine != 0) {
            return byLine;
        }
        int byColumn = Integer.compare(column, other.column);
        return byColumn != 0 ? byColumn : message.compareTo(other.message);
    }
}

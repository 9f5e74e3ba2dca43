package grayarea.bank;

import java.util.List;

/** Thrown when a file cannot be used; carries every located problem found in it. */
public final class ProblemsException extends Exception {

    private final transient List<Problem> problems;

    public ProblemsException(List<Problem> problems) {
        super(problems.isEmpty() ? "no problems" : problems.get(0).toString());
        this.problems = List.copyOf(problems);
    }

    public ProblemsException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}

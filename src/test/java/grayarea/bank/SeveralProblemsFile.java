package grayarea.bank;

/**
 * What src/test/resources/bank-problems/several-problems.json must report, worked out by hand
 * from the file (line and column in characters, counted from 1). Shared by the loader and
 * command-line tests.
 */
public final class SeveralProblemsFile {

    public static final String RESOURCE = "/bank-problems/several-problems.json";

    private SeveralProblemsFile() {
    }

    public static String[] expected(String file) {
        return new String[] {
            file + ":8:13: property 'colour' is not defined in the schema and the schema does not allow additional properties",
            file + ":14:12: no question scores on the dimension \"unused\"",
            file + ":18:28: band \"high\" starts at 0, not above the band before it (0): lower bounds must ascend",
            file + ":22:46: question \"q1\" uses the unknown scale \"yesno\"",
            file + ":23:94: question \"q2\" is shown after an answer to \"q3\", which is not an earlier question",
            file + ":25:14: the question id \"q3\" is used twice",
        };
    }
}

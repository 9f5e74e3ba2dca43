package grayarea.bank;

/**
 * What src/test/resources/bank-problems/several-problems.json must report, worked out by hand from
 * the file (line and column in characters, counted from 1). Shared by the loader and command-line
 * tests.
 */
public final class SeveralProblemsFile {

    public static final String RESOURCE = "/bank-problems/several-problems.json";

    private SeveralProblemsFile() {}

    public static String[] expected(String file) {
        return new String[] {
            file + ":8:13: \"colour\" is not a property of the bank",
            file + ":14:12: no question scores on the dimension \"unused\"",
            file
                    + ":18:28: band \"high\" starts at 0, not above the band before it (0): lower bounds must ascend",
            file + ":22:46: question \"q1\" uses the unknown scale \"yesno\"",
            file
                    + ":23:94: question \"q2\" is shown after an answer to \"q3\", which is not an earlier question",
            file + ":25:14: the question id \"q3\" is used twice",
        };
    }

    /**
     * The same problems as a Spanish speaker sees them (the schema's wording too, from the bank
     * package's own Spanish).
     */
    public static String[] expectedInSpanish(String file) {
        return new String[] {
            file + ":8:13: el banco no tiene la propiedad \"colour\"",
            file + ":14:12: ninguna pregunta puntúa en la dimensión \"unused\"",
            file
                    + ":18:28: el rango \"high\" empieza en 0, no por encima del rango anterior (0): los límites inferiores deben ir en aumento",
            file + ":22:46: la pregunta \"q1\" usa la escala desconocida \"yesno\"",
            file
                    + ":23:94: la pregunta \"q2\" se muestra después de una respuesta a \"q3\", que no es una pregunta anterior",
            file + ":25:14: el id de pregunta \"q3\" se usa dos veces",
        };
    }
}

import java.io.File;
import java.net.URL;
import javafx.css.CssParser;
import javafx.css.Stylesheet;

/**
 * Times, in a fresh JVM, the first read of one stylesheet: a .css is parsed with JavaFX's
 * CssParser, a .bss (JavaFX's precompiled binary stylesheet) is loaded. No window is needed.
 *
 *   CssBench RESOURCE_OR_FILE             prints: ms=... rules=...
 *   CssBench --convert SOURCE.css OUT.bss  precompiles a stylesheet (Stylesheet.convertToBinary)
 *
 * JavaFX itself loads X.bss instead of X.css when both are in the same place (unless
 * -Dbinary.css=false): that is how the app's theme, AtlantaFX's primer-light.css, is read.
 */
public final class CssBench {

    public static void main(String[] args) throws Exception {
        if ("--convert".equals(args[0])) {
            Stylesheet.convertToBinary(new File(args[1]), new File(args[2]));
            return;
        }
        URL url = new File(args[0]).isFile() ? new File(args[0]).toURI().toURL() : CssBench.class.getResource(args[0]);
        long t = System.nanoTime();
        Stylesheet sheet = args[0].endsWith(".bss") ? Stylesheet.loadBinary(url) : new CssParser().parse(url);
        System.out.printf("ms=%.1f rules=%d%n", (System.nanoTime() - t) / 1e6, sheet.getRules().size());
    }
}

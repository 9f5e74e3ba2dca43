import java.awt.Font;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.PathIterator;
import java.io.InputStream;
import java.util.Locale;

/**
 * Prints the outline of each named Feather icon as SVG path data, one enum constant a line, for
 * the generated block of src/main/java/grayarea/ui/Icon.java (scripts/icon-paths.sh runs it).
 *
 * The outlines are the glyphs of the Feather icon font that Ikonli's feather pack ships (Feather
 * 4.28, MIT licence): the same shapes the app drew with Ikonli, read with java.awt's font
 * support, in a 24-unit square (Feather's own grid), y downwards. Each path starts with two
 * empty subpaths at the square's corners, so that a Region scaling the shape to its size keeps
 * every icon's position in the square instead of stretching the glyph to fill it.
 *
 *   java -cp ikonli-core.jar:ikonli-feather-pack.jar scripts/IconPaths.java LOCK ARROW_LEFT ...
 */
public final class IconPaths {

    public static void main(String[] args) throws Exception {
        Class<?> feather = Class.forName("org.kordamp.ikonli.feather.Feather");
        Font font;
        try (InputStream in = feather.getResourceAsStream("/META-INF/resources/feather/4.28/fonts/feather.ttf")) {
            font = Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(24f);
        }
        FontRenderContext frc = new FontRenderContext(null, false, false);
        float ascent = font.getLineMetrics("x", frc).getAscent();
        for (int i = 0; i < args.length; i++) {
            Object icon = feather.getMethod("valueOf", String.class).invoke(null, args[i]);
            int code = (Integer) feather.getMethod("getCode").invoke(icon);
            Shape outline = font.createGlyphVector(frc, new String(Character.toChars(code))).getOutline(0, ascent);
            System.out.printf("    %s(\"%s\")%s%n", args[i], path(outline), i == args.length - 1 ? ";" : ",");
        }
    }

    private static String path(Shape shape) {
        StringBuilder d = new StringBuilder("M0 0ZM24 24Z");
        float[] c = new float[6];
        for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> d.append('M').append(points(c, 1));
                case PathIterator.SEG_LINETO -> d.append('L').append(points(c, 1));
                case PathIterator.SEG_QUADTO -> d.append('Q').append(points(c, 2));
                case PathIterator.SEG_CUBICTO -> d.append('C').append(points(c, 3));
                case PathIterator.SEG_CLOSE -> d.append('Z');
                default -> throw new IllegalStateException();
            }
        }
        return d.toString();
    }

    private static String points(float[] c, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 2 * n; i++) {
            if (i > 0) {
                s.append(' ');
            }
            String v = String.format(Locale.ROOT, "%.2f", c[i]).replaceAll("0+$", "").replaceAll("\\.$", "");
            s.append(v.equals("-0") ? "0" : v);
        }
        return s.toString();
    }
}

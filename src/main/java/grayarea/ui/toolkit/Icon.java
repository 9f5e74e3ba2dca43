package grayarea.ui.toolkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.layout.Region;
import javafx.scene.shape.SVGPath;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.transform.Scale;

/**
 * The app's icons, the one way it draws them: Feather icons (feathericons.com, MIT licence) as
 * shapes, each read from its original SVG file in {@code
 * src/main/resources/grayarea/ui/icons/feather/} (for {@code ARROW_LEFT}, {@code arrow-left.svg},
 * as the {@code feather-icons} npm package ships it). A Feather icon is lines drawn 2 units wide
 * with round ends and joins in a 24-unit square; {@link #node()} gives a small {@link Region} with
 * the style classes {@code icon} and {@code icon-x}, sized by the stylesheets (18 px at 100 % text,
 * in em so that it grows with the text-size setting), holding one {@link SVGPath} of those lines
 * scaled to the Region's size, and stroked in the colour the stylesheets give {@code .icon >
 * SVGPath} (app.css: the theme's text or button colour, and the high-contrast sheet's). See
 * docs/decisions/0014-icons-as-shapes.md.
 *
 * <p>To add an icon: copy Feather's file into that folder (same name) and add its name here. The
 * reader is small on purpose (no XML parser to load at start): it takes a Feather file's {@code
 * <svg>} attributes and its {@code path}, {@code line}, {@code polyline}, {@code polygon}, {@code
 * circle}, {@code ellipse} and {@code rect} elements, turned into one path, and refuses anything
 * else with the file's name.
 */
public enum Icon {
    ALERT_CIRCLE,
    ALERT_TRIANGLE,
    ARROW_LEFT,
    ARROW_RIGHT,
    CLIPBOARD,
    DOWNLOAD,
    EYE_OFF,
    FILE_PLUS,
    FILE_TEXT,
    FOLDER,
    HEART,
    KEY,
    LOCK,
    MOON,
    PLAY,
    PLUS,
    PRINTER,
    REFRESH_CW,
    SAVE,
    SEND,
    SETTINGS,
    SHIELD,
    SUN,
    TRASH_2,
    UNLOCK,
    USER,
    USERS,
    X_CIRCLE;

    /** The side of Feather's square, in the units of its files. */
    public static final double SQUARE = 24;

    private static final String FOLDER_PATH = "/grayarea/ui/icons/feather/";
    private static final Pattern ELEMENT =
            Pattern.compile("<([a-z]+)((?:\\s+[A-Za-z0-9:-]+=\"[^\"]*\")*)\\s*/?>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z0-9:-]+)=\"([^\"]*)\"");
    private static final Pattern CLOSING = Pattern.compile("</[a-z]+>");

    private Drawing drawing;

    /** A new node showing this icon, for a control's graphic. */
    public Region node() {
        Drawing d = drawing();
        SVGPath lines = new SVGPath();
        lines.setContent(d.path());
        lines.setFill(null);
        lines.setStrokeWidth(d.strokeWidth());
        lines.setStrokeLineCap(d.cap());
        lines.setStrokeLineJoin(d.join());
        return new IconRegion(lines, styleClass());
    }

    /**
     * The style class naming this icon, such as {@code icon-arrow-left}: for tests and for the
     * stylesheets.
     */
    public String styleClass() {
        return join("icon-", fileName());
    }

    /**
     * Feather's name of this icon, such as {@code arrow-left}: its file is this name with {@code
     * .svg}.
     */
    public String fileName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The icon's lines as SVG path data, in Feather's 24-unit square: every element of its file as
     * one path.
     */
    public String path() {
        return drawing().path();
    }

    /**
     * The width of the lines, in the units of the square, as the file gives it ({@code
     * stroke-width}).
     */
    public double strokeWidth() {
        return drawing().strokeWidth();
    }

    /** The resource this icon is read from. */
    public String resource() {
        return join(FOLDER_PATH, fileName(), ".svg");
    }

    private synchronized Drawing drawing() {
        if (drawing == null) {
            drawing = read(resource());
        }
        return drawing;
    }

    /** What a Feather file draws: its elements as one path, stroked as its {@code <svg>} says. */
    public record Drawing(
            String path, double strokeWidth, StrokeLineCap cap, StrokeLineJoin join) {}

    /**
     * Reads one Feather file from the class path; a file that is not one fails with its name (the
     * app ships them).
     */
    public static Drawing read(String resource) {
        try (InputStream in = Icon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + ": no such icon file");
            }
            return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(resource + ": " + e.getMessage(), e);
        }
    }

    /** Parses the text of one Feather file; {@code name} is for messages. */
    public static Drawing parse(String name, String svg) {
        Map<String, String> root = null;
        StringBuilder path = new StringBuilder();
        Matcher m = ELEMENT.matcher(svg);
        int at = 0;
        while (at < svg.length()) {
            char c = svg.charAt(at);
            if (Character.isWhitespace(c)) {
                at++;
                continue;
            }
            Matcher closing = CLOSING.matcher(svg).region(at, svg.length());
            if (closing.lookingAt()) {
                at = closing.end();
                continue;
            }
            if (!m.region(at, svg.length()).lookingAt()) {
                throw new IllegalStateException(name + ": not a Feather icon at character " + at);
            }
            at = m.end();
            String element = m.group(1);
            Map<String, String> a = attributes(m.group(2));
            if (root == null) {
                if (!element.equals("svg")) {
                    throw new IllegalStateException(name + ": does not start with <svg>");
                }
                root = a;
                require(name, root, "viewBox", "0 0 24 24");
                require(name, root, "fill", "none");
                require(name, root, "stroke", "currentColor");
                continue;
            }
            if (path.length() > 0) {
                path.append(' ');
            }
            path.append(
                    switch (element) {
                        case "path" -> pathData(name, a);
                        case "line" ->
                                join(
                                        "M",
                                        f(n(name, a, "x1")),
                                        " ",
                                        f(n(name, a, "y1")),
                                        " L",
                                        f(n(name, a, "x2")),
                                        " ",
                                        f(n(name, a, "y2")));
                        case "polyline" -> points(name, a, false);
                        case "polygon" -> points(name, a, true);
                        case "circle" ->
                                ellipse(
                                        n(name, a, "cx"),
                                        n(name, a, "cy"),
                                        n(name, a, "r"),
                                        n(name, a, "r"));
                        case "ellipse" ->
                                ellipse(
                                        n(name, a, "cx"),
                                        n(name, a, "cy"),
                                        n(name, a, "rx"),
                                        n(name, a, "ry"));
                        case "rect" -> rect(name, a);
                        default ->
                                throw new IllegalStateException(
                                        name + ": <" + element + "> is not drawn by Icon");
                    });
        }
        if (root == null || path.length() == 0) {
            throw new IllegalStateException(name + ": draws nothing");
        }
        return new Drawing(
                path.toString(),
                Double.parseDouble(root.getOrDefault("stroke-width", "1")),
                StrokeLineCap.valueOf(
                        root.getOrDefault("stroke-linecap", "butt").toUpperCase(Locale.ROOT)),
                StrokeLineJoin.valueOf(
                        root.getOrDefault("stroke-linejoin", "miter").toUpperCase(Locale.ROOT)));
    }

    private static Map<String, String> attributes(String text) {
        Map<String, String> a = new HashMap<>();
        Matcher m = ATTRIBUTE.matcher(text);
        while (m.find()) {
            a.put(m.group(1), m.group(2));
        }
        return a;
    }

    private static void require(
            String name, Map<String, String> root, String attribute, String value) {
        if (!value.equals(root.get(attribute))) {
            throw new IllegalStateException(
                    name + ": " + attribute + " is " + root.get(attribute) + ", not " + value);
        }
    }

    private static double n(String name, Map<String, String> a, String attribute) {
        String v = a.get(attribute);
        if (v == null) {
            throw new IllegalStateException(name + ": an element without " + attribute);
        }
        return Double.parseDouble(v);
    }

    /**
     * A path's data as it is; one that starts with a relative move gets a move to the origin first,
     * as it would start from there on its own instead of from where the element before it ended.
     */
    private static String pathData(String name, Map<String, String> a) {
        String d = a.getOrDefault("d", "").trim();
        if (d.isEmpty()) {
            throw new IllegalStateException(name + ": a path without d");
        }
        return d.charAt(0) == 'm' ? join("M0 0 ", d) : d;
    }

    private static String points(String name, Map<String, String> a, boolean closed) {
        String[] p = a.getOrDefault("points", "").trim().split("[\\s,]+");
        if (p.length < 4 || p.length % 2 != 0) {
            throw new IllegalStateException(name + ": points=\"" + a.get("points") + "\"");
        }
        StringBuilder d = new StringBuilder("M").append(p[0]).append(' ').append(p[1]).append(" L");
        for (int i = 2; i < p.length; i++) {
            d.append(p[i]).append(' ');
        }
        return closed ? d.append('Z').toString() : d.toString().trim();
    }

    /** An ellipse as two half arcs (one arc from a point to itself would draw nothing). */
    private static String ellipse(double cx, double cy, double rx, double ry) {
        return join(
                "M",
                f(cx - rx),
                " ",
                f(cy),
                " A",
                f(rx),
                " ",
                f(ry),
                " 0 1 0 ",
                f(cx + rx),
                " ",
                f(cy),
                " A",
                f(rx),
                " ",
                f(ry),
                " 0 1 0 ",
                f(cx - rx),
                " ",
                f(cy),
                "Z");
    }

    private static String rect(String name, Map<String, String> a) {
        double x = a.containsKey("x") ? n(name, a, "x") : 0;
        double y = a.containsKey("y") ? n(name, a, "y") : 0;
        double w = n(name, a, "width");
        double h = n(name, a, "height");
        // SVG: a missing rx takes ry's value and the other way round; both at most half the side
        double rx =
                a.containsKey("rx") ? n(name, a, "rx") : a.containsKey("ry") ? n(name, a, "ry") : 0;
        double ry = a.containsKey("ry") ? n(name, a, "ry") : rx;
        rx = Math.min(rx, w / 2);
        ry = Math.min(ry, h / 2);
        if (rx <= 0 || ry <= 0) {
            return join("M", f(x), " ", f(y), " H", f(x + w), " V", f(y + h), " H", f(x), "Z");
        }
        String corner = join(" A", f(rx), " ", f(ry), " 0 0 1 ");
        return join(
                "M",
                f(x + rx),
                " ",
                f(y),
                " H",
                f(x + w - rx),
                corner,
                f(x + w),
                " ",
                f(y + ry),
                " V",
                f(y + h - ry),
                corner,
                f(x + w - rx),
                " ",
                f(y + h),
                " H",
                f(x + rx),
                corner,
                f(x),
                " ",
                f(y + h - ry),
                " V",
                f(y + ry),
                corner,
                f(x + rx),
                " ",
                f(y),
                "Z");
    }

    /**
     * The strings one after the other. Not {@code +}: each new shape of {@code +} costs the first
     * start a bootstrap of {@code java.lang.invoke} (about 90 classes before the first icon was
     * drawn, timed with scripts/IconLoadTime.java), where a StringBuilder costs nothing new.
     */
    private static String join(String... parts) {
        StringBuilder s = new StringBuilder();
        for (String part : parts) {
            s.append(part);
        }
        return s.toString();
    }

    private static String f(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /**
     * The node of one icon: its lines in Feather's square, scaled to the size the stylesheets give
     * the Region.
     */
    private static final class IconRegion extends Region {
        private final SVGPath lines;
        private final Scale scale = new Scale();

        IconRegion(SVGPath lines, String styleClass) {
            this.lines = lines;
            lines.setManaged(false);
            lines.getTransforms().add(scale);
            getChildren().add(lines);
            getStyleClass().addAll(Style.ICON, styleClass);
        }

        @Override
        protected void layoutChildren() {
            double side = Math.min(getWidth(), getHeight());
            scale.setX(side / SQUARE);
            scale.setY(side / SQUARE);
            lines.setLayoutX((getWidth() - side) / 2);
            lines.setLayoutY((getHeight() - side) / 2);
        }
    }
}

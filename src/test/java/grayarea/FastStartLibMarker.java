package grayarea;

/**
 * A class {@link FastStartTest} puts in a library jar beside its test jar (lib/extra.jar, named
 * in the jar's Class-Path), so that Java checks that library too before it maps the archive.
 */
public final class FastStartLibMarker {

    private FastStartLibMarker() {
    }

    static String name() {
        return "marker";
    }
}

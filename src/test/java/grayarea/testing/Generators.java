package grayarea.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Small value generators for {@link Seeded} properties. Like a property-testing library's, they
 * give the edges of a range (0 and 1 of a fraction, the least and largest long) more often than
 * chance would, since that is where code breaks.
 */
public final class Generators {

    /** How often an edge value comes instead of a value from inside the range. */
    private static final double EDGES = 0.1;

    private static final long[] LONG_EDGES = {0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE};

    private Generators() {}

    /** A fraction between 0 and 1, both included; now and then exactly 0 or 1. */
    public static double fraction(Random random) {
        if (random.nextDouble() < EDGES) {
            return random.nextBoolean() ? 0.0 : 1.0;
        }
        return random.nextDouble();
    }

    /** Any long; now and then 0, 1, -1 or the least or largest long. */
    public static long anyLong(Random random) {
        if (random.nextDouble() < EDGES) {
            return LONG_EDGES[random.nextInt(LONG_EDGES.length)];
        }
        return random.nextLong();
    }

    /** An int between the two, both included. */
    public static int between(Random random, int least, int most) {
        return least + random.nextInt(most - least + 1);
    }

    /** Any byte. */
    public static byte anyByte(Random random) {
        return (byte) random.nextInt(256);
    }

    /** One of the values, each as likely (list a value twice to make it twice as likely). */
    @SafeVarargs
    public static <T> T oneOf(Random random, T... values) {
        return values[random.nextInt(values.length)];
    }

    /** A list of between least and most values, each made by the generator. */
    public static <T> List<T> listOf(Random random, int least, int most, Function<Random, T> each) {
        int size = between(random, least, most);
        List<T> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(each.apply(random));
        }
        return out;
    }
}

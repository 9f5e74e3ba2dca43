package grayarea.bank;

import java.util.List;

/** The dimension whose bands give the headline result, with bands in ascending order. */
public record PrimaryScore(String dimension, List<Band> bands) {

    public PrimaryScore {
        bands = List.copyOf(bands);
    }

    /** The band a score falls in: the last one whose lower bound it reaches. */
    public Band bandFor(double score) {
        Band found = bands.get(0);
        for (Band band : bands) {
            if (score >= band.from()) {
                found = band;
            }
        }
        return found;
    }
}

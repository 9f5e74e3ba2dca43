package grayarea.bank;

import java.util.List;
import java.util.Optional;

/**
 * The dimension whose bands give the headline result, with bands in ascending order, how many
 * answers a headline needs, and the rules that raise it.
 *
 * @param coverage how many answers a headline needs, or null when any formed score has one
 * @param bandRules rules that raise the headline to at least a band, in bank order
 */
public record PrimaryScore(
        String dimension, List<Band> bands, Coverage coverage, List<BandRule> bandRules) {

    public PrimaryScore {
        bands = List.copyOf(bands);
        bandRules = List.copyOf(bandRules);
    }

    public PrimaryScore(String dimension, List<Band> bands) {
        this(dimension, bands, null, List.of());
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

    public Optional<Band> band(String id) {
        return bands.stream().filter(b -> b.id().equals(id)).findFirst();
    }

    /** The band's place from the lowest (0), or -1 for an unknown id. */
    public int rank(String bandId) {
        for (int i = 0; i < bands.size(); i++) {
            if (bands.get(i).id().equals(bandId)) {
                return i;
            }
        }
        return -1;
    }
}

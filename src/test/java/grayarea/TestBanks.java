package grayarea;

import grayarea.bank.BankLoader;
import grayarea.bank.ProblemsException;
import grayarea.bank.QuestionBank;
import java.nio.file.Path;

/**
 * The two shipped versions of the default bank, named once for every test. Tests about 1.0.0's own
 * content (its sample sheets in questions/examples, its turn files, its scenarios) load {@link
 * #RELEASED_1_0_0}; tests about what the app ships as its default load {@link #DEFAULT}.
 */
public final class TestBanks {

    /** The first release of the default bank, kept bundled so that old answers re-score. */
    public static final String RELEASED_1_0_0 = "questions/micro-cheating-1.0.0.json";

    /** The app's default bank, whatever its version. */
    public static final String DEFAULT = BankLoader.DEFAULT_BANK;

    private static volatile QuestionBank released100;

    private TestBanks() {}

    /** micro-cheating 1.0.0, which the sample sheets in questions/examples answer. */
    public static QuestionBank released100() {
        QuestionBank bank = released100;
        if (bank == null) {
            try {
                bank = BankLoader.load(Path.of(RELEASED_1_0_0));
            } catch (ProblemsException e) {
                throw new IllegalStateException(
                        RELEASED_1_0_0 + " should load: " + e.problems(), e);
            }
            released100 = bank;
        }
        return bank;
    }
}

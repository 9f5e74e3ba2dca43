package grayarea.ui.therapist;

/**
 * The therapist's home page's state: whether a practice profile is there (or could not be read),
 * whether this session keeps anything, and where each of its cards leads.
 */
final class HomeViewModel {

    private final TherapistFlow flow;

    HomeViewModel(TherapistFlow flow) {
        this.flow = flow;
    }

    /**
     * What the page says of the practice profile: damaged, in use (with its heading), or none yet.
     */
    Message profileStatus() {
        if (!flow.profileProblems().isEmpty()) {
            return new Message("therapist.home.profile.damaged");
        }
        return flow.profile()
                .map(p -> new Message("therapist.home.profile.using", p.heading()))
                .orElse(new Message("therapist.home.profile.none"));
    }

    /** Whether this session keeps anything on this computer (false in a private session). */
    boolean keeps() {
        return flow.context().keepsProgress();
    }

    void showProfile() {
        flow.showProfile();
    }

    void showHandOut() {
        flow.showHandOut();
    }

    void showResults() {
        flow.showResults();
    }

    void showWaitingRoom() {
        flow.showWaitingRoom();
    }

    void leave() {
        flow.leave();
    }
}

package grayarea.bank;

/** Which bank, at which version, an answer sheet or result belongs to. */
public record BankRef(String id, String version) {

    @Override
    public String toString() {
        return id + " " + version;
    }
}

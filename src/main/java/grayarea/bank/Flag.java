package grayarea.bank;

/** A named flag some answers raise; a safety flag puts help first and turns off comparison. */
public record Flag(String id, Text label, boolean safety, Text message) {}

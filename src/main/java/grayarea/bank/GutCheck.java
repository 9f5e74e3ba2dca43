package grayarea.bank;

/** A question to ask oneself, shown with every result. */
public record GutCheck(String id, Text text) {}

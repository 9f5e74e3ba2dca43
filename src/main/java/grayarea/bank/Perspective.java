package grayarea.bank;

/** Whose behaviour a part of the bank asks about, such as "partner" or "self". */
public record Perspective(String id, Text label, Text description) {}

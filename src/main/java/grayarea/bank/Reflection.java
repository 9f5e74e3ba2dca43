package grayarea.bank;

/** A reflection prompt, chosen for a result when its rule holds. */
public record Reflection(String id, Text text, Rule when) {}

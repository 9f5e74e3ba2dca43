package grayarea.bank;

/** A named behaviour (such as saving a contact under a fake name) that questions refer to. */
public record Behaviour(String id, Text label, Text description) {}

package grayarea.quiz;

import grayarea.bank.Section;

/** One page of the quiz: a section, asked from a perspective. */
public record Step(Section section, String perspective) {}

package grayarea.bank;

/** The work a bank's ideas come from, credited wherever the bank is described. */
public record Source(String title, String author, Text note) {}

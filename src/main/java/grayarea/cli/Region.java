package grayarea.cli;

import grayarea.session.HelpList;

/**
 * The region whose help lines a command shows: {@code --region XX} (a country code such as US, GB
 * or UK, ES), else the system's country. A code the app has no checked lines for gives the
 * emergency advice alone (docs/safety.md).
 */
final class Region {

    private Region() {}

    static String of(String option) {
        return option == null || option.isBlank() ? HelpList.systemCountry() : option.strip();
    }
}

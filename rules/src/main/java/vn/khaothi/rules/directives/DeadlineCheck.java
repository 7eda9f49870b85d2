package vn.khaothi.rules.directives;

import java.time.LocalDate;

/** The day the periodic-paper deadlines are checked on (Vietnam's date). */
public record DeadlineCheck(LocalDate today) {

    public boolean isAfter(LocalDate date) {
        return today.isAfter(date);
    }
}

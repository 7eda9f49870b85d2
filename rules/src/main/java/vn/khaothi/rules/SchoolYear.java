package vn.khaothi.rules;

import java.time.LocalDate;
import java.time.Month;

import vn.khaothi.rules.support.FactGuard;

/**
 * A school year (năm học), e.g. 2025–2026, named by the calendar year it starts in.
 * <p>
 * A school year is taken to run from 1 August to 31 July: teaching starts in early September and
 * summer retests (TT22 Art. 12) take place in July, so July still belongs to the year ending.
 */
public record SchoolYear(int startYear) implements Comparable<SchoolYear> {

    private static final Month FIRST_MONTH = Month.AUGUST;

    public SchoolYear {
        if (startYear < 2000 || startYear > 2999) {
            throw new InvalidFactException("schoolYear", "OUT_OF_RANGE", "unlikely school year " + startYear);
        }
    }

    public static SchoolYear of(int startYear) {
        return new SchoolYear(startYear);
    }

    /** Parses {@code "2025-2026"} (or {@code "2025–2026"}). */
    public static SchoolYear parse(String text) {
        String[] parts = FactGuard.present("schoolYear", text).trim().split("[-–]");
        try {
            int start = Integer.parseInt(parts[0].trim());
            if (parts.length != 2 || Integer.parseInt(parts[1].trim()) != start + 1) {
                throw new InvalidFactException("schoolYear", "FORMAT", "expected YYYY-YYYY+1 but was " + text);
            }
            return new SchoolYear(start);
        } catch (NumberFormatException e) {
            throw new InvalidFactException("schoolYear", "FORMAT", "expected YYYY-YYYY+1 but was " + text);
        }
    }

    /** The school year a date falls in. */
    public static SchoolYear containing(LocalDate date) {
        return new SchoolYear(date.getMonthValue() >= FIRST_MONTH.getValue() ? date.getYear() : date.getYear() - 1);
    }

    @Override
    public int compareTo(SchoolYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return startYear + "-" + (startYear + 1);
    }

}

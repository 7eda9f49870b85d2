package vn.khaothi.rules.tt22;

/** Conclusion: the allowed length of a periodic test, in minutes, both ends included. */
public record PeriodicDuration(int minMinutes, int maxMinutes) {
}

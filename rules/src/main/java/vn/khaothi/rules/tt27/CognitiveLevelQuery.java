package vn.khaothi.rules.tt27;

/** Which cognitive-level scheme applies to items of this education level? */
public record CognitiveLevelQuery(EducationLevel educationLevel) {
}

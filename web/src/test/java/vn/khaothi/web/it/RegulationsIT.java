package vn.khaothi.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.math.BigDecimal;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The what-if regulations API (api-contract.md, "Regulations") and its page, on the shipped WAR:
 * the worked examples of regulations.md, the online-permission cases, 400 naming the bad field,
 * 401 without a token, and a teacher using rules.html in headless Chromium.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegulationsIT {

    private static final String BASE = "api/v1/regulations/";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private Api api() {
        return new Api(base);
    }

    /** One teacher's token for the whole class (any signed-in user may ask). */
    private static String teacherToken;

    private Api.Reply ask(String path, String json) throws Exception {
        Api api = api();
        if (teacherToken == null) {
            teacherToken = api.login("gv.toan", "demo");
        }
        return api.post(BASE + path, json, teacherToken);
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    @Test
    void workedExampleSubjectAverageIsFivePointFiveWithItsCitationAndReasons() throws Exception {
        Api.Reply reply = ask("TT22/subject-average", "{\"regular\":[5.9,5.1,4.9],\"midterm\":6.2,\"final\":5.2}");
        assertEquals(200, reply.status(), reply.body());
        JsonObject json = reply.json();
        JsonNumber average = json.getJsonNumber("average");
        assertEquals(new BigDecimal("5.5"), average.bigDecimalValue(), reply.body());
        assertTrue(reply.body().contains("\"average\":5.5"), "a JSON number with one decimal: " + reply.body());
        assertTrue(strings(json.getJsonArray("citations")).contains("TT22 Art. 9.1.b"), reply.body());
        JsonObject reason = json.getJsonArray("reasons").getJsonObject(0);
        assertTrue(reason.getString("vi").contains("ĐTBmhk"), reply.body());
        assertTrue(reason.getString("en").contains("5.5"), reply.body());
        assertEquals("TT22 Art. 9.1.b", reason.getString("citation"));
        assertTrue(json.getString("schoolYear").matches("\\d{4}-\\d{4}"), reply.body());
    }

    @Test
    void yearAverageOfSixAndSevenPointOneIsSixPointSeven() throws Exception {
        Api.Reply reply = ask("TT22/year-average", "{\"semester1\":6.0,\"semester2\":7.1}");
        assertEquals(200, reply.status(), reply.body());
        assertEquals(new BigDecimal("6.7"), reply.json().getJsonNumber("average").bigDecimalValue(), reply.body());
        assertTrue(strings(reply.json().getJsonArray("citations")).contains("TT22 Art. 9.1.b"), reply.body());
    }

    @Test
    void aWholeYearAverageStillHasOneDecimal() throws Exception {
        Api.Reply reply = ask("TT22/year-average", "{\"semester1\":6,\"semester2\":6,\"schoolYear\":\"2025-2026\"}");
        assertEquals(200, reply.status(), reply.body());
        assertTrue(reply.body().contains("\"average\":6.0"), reply.body());
        assertEquals("2025-2026", reply.json().getString("schoolYear"));
    }

    @Test
    void oneSubjectAtThreePointFourIsRaisedByArticleNinePointThree() throws Exception {
        Api.Reply reply = ask("TT22/learning-result",
                "{\"scored\":[8.0,8.1,8.2,8.3,8.4,8.5,7.0,3.4],\"commentaryPassed\":4,\"commentaryFailed\":0}");
        assertEquals(200, reply.status(), reply.body());
        JsonObject json = reply.json();
        assertEquals("DAT", json.getString("level"));
        assertEquals("CHUA_DAT", json.getString("computedLevel"));
        assertTrue(json.getBoolean("adjusted"));
        assertTrue(strings(json.getJsonArray("citations")).contains("TT22 Art. 9.3"), reply.body());
        assertTrue(json.getJsonArray("reasons").getValuesAs(JsonObject.class).stream()
                .anyMatch(r -> r.getString("citation").equals("TT22 Art. 9.3") && !r.getString("vi").isBlank()
                        && !r.getString("en").isBlank()), reply.body());
    }

    @Test
    void aGoodStudentIsNotAdjusted() throws Exception {
        Api.Reply reply = ask("TT22/learning-result",
                "{\"scored\":[8.0,8.1,8.2,8.3,8.4,8.5,7.0,6.5],\"commentaryPassed\":4,\"commentaryFailed\":0}");
        assertEquals(200, reply.status(), reply.body());
        assertEquals("TOT", reply.json().getString("level"));
        assertEquals("TOT", reply.json().getString("computedLevel"));
        assertFalse(reply.json().getBoolean("adjusted"));
    }

    @Test
    void aRegularAssessmentMayBeOnlineWithNothingRequired() throws Exception {
        Api.Reply reply = ask("online-permission", "{\"assessmentKind\":\"REGULAR\",\"forceMajeureReason\":null,"
                + "\"principalAuthorized\":false,\"liveProctoring\":false}");
        assertEquals(200, reply.status(), reply.body());
        assertTrue(reply.json().getBoolean("allowed"));
        assertTrue(reply.json().getJsonArray("requires").isEmpty(), reply.body());
        assertFalse(reply.json().getJsonArray("citations").isEmpty(), reply.body());
    }

    @Test
    void aMidtermWithNothingIsRefusedAndSaysWhatIsMissing() throws Exception {
        Api.Reply reply = ask("online-permission", "{\"assessmentKind\":\"MIDTERM\",\"forceMajeureReason\":null,"
                + "\"principalAuthorized\":false,\"liveProctoring\":false}");
        assertEquals(200, reply.status(), reply.body());
        assertFalse(reply.json().getBoolean("allowed"));
        assertEquals(List.of("FORCE_MAJEURE_REASON", "PRINCIPAL_AUTHORIZATION", "LIVE_PROCTORING"),
                strings(reply.json().getJsonArray("requires")));
        assertTrue(strings(reply.json().getJsonArray("citations")).containsAll(List.of("TT09 Art. 6", "Seed 002 §2.4.3")), reply.body());
        assertEquals(3, reply.json().getJsonArray("reasons").size(), reply.body());
    }

    @Test
    void aMidtermForIllnessAuthorisedAndProctoredMayBeOnline() throws Exception {
        Api.Reply reply = ask("online-permission", "{\"assessmentKind\":\"MIDTERM\",\"forceMajeureReason\":\"ILLNESS\","
                + "\"principalAuthorized\":true,\"liveProctoring\":true}");
        assertEquals(200, reply.status(), reply.body());
        assertTrue(reply.json().getBoolean("allowed"));
        assertTrue(reply.json().getJsonArray("requires").isEmpty(), reply.body());
    }

    @Test
    void scoreAboveTenIsRefusedNamingTheRegularScore() throws Exception {
        assertValidationFailed(ask("TT22/subject-average", "{\"regular\":[5.9,10.5,4.9],\"midterm\":6.2,\"final\":5.2}"),
                "regular[1]");
    }

    @Test
    void scoreWithTwoDecimalsIsRoundedHalfUpAndTheAnswerSaysSo() throws Exception {
        // was a 400: Art. 5.3.b takes the score to one decimal after rounding. 7.25 → 7.3:
        // (15.9 + 14.6 + 15.6) / 8 = 5.7625 → 5.8 (unrounded 7.25 would give 5.75 → 5.8 as well, so also check the reply)
        Api.Reply reply = ask("TT22/subject-average", "{\"regular\":[5.9,5.1,4.9],\"midterm\":7.25,\"final\":5.2}");
        assertEquals(200, reply.status(), reply.body());
        JsonObject rounded = reply.json().getJsonArray("rounded").getJsonObject(0);
        assertEquals("midterm", rounded.getString("field"));
        assertEquals(new BigDecimal("7.25"), rounded.getJsonNumber("entered").bigDecimalValue());
        assertEquals(new BigDecimal("7.3"), rounded.getJsonNumber("used").bigDecimalValue());
        assertTrue(reply.json().getJsonArray("reasons").getValuesAs(JsonObject.class).stream()
                .anyMatch(r -> r.getString("rule").equals("ScoreRoundedOnEntry")), reply.body());
        // final 7.45 is used as 7.5: (8 + 16 + 22.5) / 6 = 7.75 → 7.8 (7.45 itself would give 7.7)
        Api.Reply differs = ask("TT22/subject-average", "{\"regular\":[8],\"midterm\":8,\"final\":7.45}");
        assertEquals(new BigDecimal("7.8"), differs.json().getJsonNumber("average").bigDecimalValue(), differs.body());
    }

    @Test
    void missingMidtermIsRefusedNamingTheField() throws Exception {
        assertValidationFailed(ask("TT22/subject-average", "{\"regular\":[5.9,5.1,4.9],\"final\":5.2}"), "midterm");
    }

    @Test
    void unknownAssessmentKindIsRefusedNamingTheField() throws Exception {
        assertValidationFailed(ask("online-permission", "{\"assessmentKind\":\"HOMEWORK\",\"principalAuthorized\":true,"
                + "\"liveProctoring\":true}"), "assessmentKind");
    }

    @Test
    void unknownForceMajeureReasonAndBadSchoolYearAreRefusedNamingTheField() throws Exception {
        assertValidationFailed(ask("online-permission", "{\"assessmentKind\":\"FINAL\",\"forceMajeureReason\":\"BORED\"}"),
                "forceMajeureReason");
        assertValidationFailed(ask("TT22/year-average", "{\"semester1\":6.0,\"semester2\":7.1,\"schoolYear\":\"-\"}"),
                "schoolYear");
        assertValidationFailed(ask("TT22/learning-result", "{\"scored\":[8.0,11],\"commentaryPassed\":4}"), "scored[1]");
        assertValidationFailed(ask("TT22/subject-average", "{\"regular\":[" + "5.0,".repeat(20) + "5.0],\"midterm\":6.2,"
                + "\"final\":5.2}"), "regular");
    }

    @Test
    void malformedJsonIsMalformedRequest() throws Exception {
        Api.Reply reply = ask("TT22/year-average", "{\"semester1\":6.0,");
        assertEquals(400, reply.status(), reply.body());
        assertEquals("MALFORMED_REQUEST", reply.json().getString("error"));
    }

    @Test
    void theExtraEndpointsAnswerWithCitations() throws Exception {
        Api.Reply count = ask("TT22/regular-assessment-count", "{\"periodsPerYear\":140}");
        assertEquals(200, count.status(), count.body());
        assertEquals(4, count.json().getInt("perSemester"));
        assertTrue(strings(count.json().getJsonArray("citations")).contains("TT22 Art. 6"), count.body());
        Api.Reply check = ask("TT22/score-check", "{\"score\":8.25}");
        assertEquals(200, check.status(), check.body());
        assertTrue(check.json().getBoolean("valid"), "rounded, not refused: " + check.body());
        assertEquals(new BigDecimal("8.3"), check.json().getJsonNumber("stored").bigDecimalValue());
        Api.Reply primary = ask("TT27/score-check", "{\"score\":0}");
        assertEquals(200, primary.status(), primary.body());
        assertTrue(primary.json().getBoolean("valid"), "TT27 scores are 0-10: " + primary.body());
        assertFalse(ask("TT27/score-check", "{\"score\":7.5}").json().getBoolean("valid"));
        Api.Reply promotion = ask("TT22/promotion", "{\"learning\":\"CHUA_DAT\",\"conduct\":\"KHA\",\"daysAbsent\":3}");
        assertEquals(200, promotion.status(), promotion.body());
        assertFalse(promotion.json().getBoolean("promoted"));
        assertEquals(List.of("LEARNING_RESULT"), strings(promotion.json().getJsonArray("unmet")));
        assertEquals(List.of("RETEST"), strings(promotion.json().getJsonArray("nextSteps")));
        assertEquals(List.of("TT22 Art. 12", "TT22 Art. 14"), strings(promotion.json().getJsonArray("citations")));
    }

    // ---- issue 16: the corrected and the new facts ---------------------------------------------

    @Test
    void aGradeAndYearStillUnderTheOldCircularsAreNotInForce() throws Exception {
        Api.Reply grade9 = ask("TT22/year-average", "{\"semester1\":6,\"semester2\":7,\"schoolYear\":\"2023-2024\",\"grade\":9}");
        assertValidationFailed(grade9, "grade");
        assertTrue(grade9.body().contains("NOT_IN_FORCE"), grade9.body());
        assertEquals(200, ask("TT22/year-average", "{\"semester1\":6,\"semester2\":7,\"schoolYear\":\"2024-2025\",\"grade\":9}").status());
        assertEquals(200, ask("TT22/year-average", "{\"semester1\":6,\"semester2\":7,\"schoolYear\":\"2023-2024\",\"grade\":8}").status());
        // a primary question of 2020-2021 is answered under TT27 although TT22 came later
        Api.Reply grade1 = ask("TT27/periodic-test", "{\"grade\":1,\"subject\":\"MATHEMATICS\",\"point\":\"END_OF_YEAR\","
                + "\"schoolYear\":\"2020-2021\"}");
        assertEquals(200, grade1.status(), grade1.body());
        assertTrue(grade1.json().getBoolean("required"));
        assertValidationFailed(ask("TT27/periodic-test", "{\"grade\":2,\"subject\":\"MATHEMATICS\",\"point\":\"END_OF_YEAR\","
                + "\"schoolYear\":\"2020-2021\"}"), "grade");
        Api.Reply secondary2020 = ask("TT22/year-average", "{\"semester1\":6,\"semester2\":7,\"schoolYear\":\"2020-2021\"}");
        assertValidationFailed(secondary2020, "schoolYear");
    }

    @Test
    void foreignLanguageIsTestedFromGradeThree() throws Exception {
        for (int grade = 2; grade <= 4; grade++) {
            Api.Reply reply = ask("TT27/periodic-test", "{\"grade\":" + grade + ",\"subject\":\"FOREIGN_LANGUAGE\","
                    + "\"point\":\"END_OF_SEMESTER_1\",\"schoolYear\":\"2025-2026\"}");
            assertEquals(200, reply.status(), reply.body());
            assertEquals(grade >= 3, reply.json().getBoolean("required"), reply.body());
        }
    }

    @Test
    void aRetestIsNeverOnlineAndOfficialDutyIsAMakeUp() throws Exception {
        Api.Reply retest = ask("online-permission", "{\"assessmentKind\":\"RETEST\",\"forceMajeureReason\":\"ILLNESS\","
                + "\"decider\":\"PRINCIPAL\",\"liveProctoring\":true}");
        assertEquals(200, retest.status(), retest.body());
        assertFalse(retest.json().getBoolean("allowed"));
        assertTrue(retest.json().getBoolean("inPersonOnly"));
        assertTrue(retest.json().getJsonArray("requires").isEmpty());
        Api.Reply duty = ask("online-permission", "{\"assessmentKind\":\"FINAL\",\"forceMajeureReason\":\"OFFICIAL_DUTY\","
                + "\"principalAuthorized\":true,\"liveProctoring\":true}");
        assertFalse(duty.json().getBoolean("allowed"));
        assertTrue(strings(duty.json().getJsonArray("citations")).contains("TT22 Art. 7"), duty.body());
    }

    @Test
    void theWhatIfAnswersAsTheWorkflowDecidesForEachDecider() throws Exception {
        for (String decider : List.of("PRINCIPAL", "DEPUTY_WITH_DELEGATION", "DEPUTY_WITHOUT_DELEGATION", "NONE")) {
            Api.Reply reply = ask("online-permission", "{\"assessmentKind\":\"MIDTERM\",\"forceMajeureReason\":\"DISASTER\","
                    + "\"decider\":\"" + decider + "\",\"liveProctoring\":true}");
            assertEquals(200, reply.status(), reply.body());
            assertEquals(decider.equals("PRINCIPAL") || decider.equals("DEPUTY_WITH_DELEGATION"), reply.json().getBoolean("allowed"),
                    decider + ": " + reply.body());
        }
        assertValidationFailed(ask("online-permission", "{\"assessmentKind\":\"MIDTERM\",\"decider\":\"TEACHER\"}"), "decider");
    }

    @Test
    void promotionCountsHalfDaysAndTheSummerReassessment() throws Exception {
        for (int n : new int[] {44, 45, 46}) {
            Api.Reply reply = ask("TT22/promotion", "{\"learning\":\"DAT\",\"conduct\":\"DAT\",\"halfDaysAbsent\":" + n + "}");
            assertEquals(n <= 45, reply.json().getBoolean("promoted"), reply.body());
            assertTrue(reply.body().contains("buổi"), reply.body());
        }
        Api.Reply summer = ask("TT22/promotion", "{\"learning\":\"KHA\",\"conduct\":\"CHUA_DAT\",\"conductAfterSummer\":\"DAT\"}");
        assertTrue(summer.json().getBoolean("promoted"), summer.body());
        assertTrue(strings(summer.json().getJsonArray("citations")).contains("TT22 Art. 13"));
        Api.Reply contradictory = ask("TT22/promotion", "{\"learning\":\"KHA\",\"conduct\":\"DAT\",\"conductAfterSummer\":\"TOT\"}");
        assertValidationFailed(contradictory, "conductAfterSummer");
        assertTrue(contradictory.body().contains("CONTRADICTORY"));
        Api.Reply conduct = ask("TT22/conduct", "{\"semester1\":\"DAT\",\"semester2\":\"CHUA_DAT\"}");
        assertEquals(200, conduct.status(), conduct.body());
        assertTrue(conduct.json().getBoolean("summerTrainingRequired"));
        assertEquals("CHUA_DAT", conduct.json().getString("year"));
    }

    @Test
    void retestsNeedConductAtLeastDat() throws Exception {
        String results = "[{\"subject\":\"Toán\",\"average\":4.8},{\"subject\":\"Văn\",\"average\":3.0},"
                + "{\"subject\":\"A\",\"average\":6},{\"subject\":\"B\",\"average\":6},{\"subject\":\"C\",\"average\":6},"
                + "{\"subject\":\"D\",\"average\":6},{\"subject\":\"E\",\"average\":6},"
                + "{\"subject\":\"GDTC\",\"commentary\":\"CHUA_DAT\"}]";
        Api.Reply dat = ask("TT22/retest", "{\"yearConduct\":\"DAT\",\"results\":" + results + "}");
        assertEquals(200, dat.status(), dat.body());
        assertEquals("CHUA_DAT", dat.json().getString("yearLevel"));
        assertEquals(List.of("Toán", "Văn", "GDTC"), strings(dat.json().getJsonArray("subjects")));
        assertEquals(List.of("TT22 Art. 14"), strings(dat.json().getJsonArray("citations")).stream()
                .filter(c -> c.startsWith("TT22 Art. 1")).toList());
        Api.Reply chuaDat = ask("TT22/retest", "{\"yearConduct\":\"CHUA_DAT\",\"results\":" + results + "}");
        assertTrue(chuaDat.json().getJsonArray("subjects").isEmpty(), chuaDat.body());
    }

    @Test
    void aTotLearningLevelWithASubjectBelowSixPointFiveIsContradictory() throws Exception {
        Api.Reply reply = ask("TT22/award", "{\"learning\":\"TOT\",\"conduct\":\"TOT\",\"scored\":[9.5,9.5,9.5,9.5,9.5,9.5,9.5,5.0]}");
        assertValidationFailed(reply, "learning");
        assertTrue(reply.body().contains("CONTRADICTORY"), reply.body());
    }

    @Test
    void periodicTestsOfSeventyPeriodsLastFortyFiveMinutesHereAndInThePapers() throws Exception {
        Api.Reply duration = ask("TT22/periodic-duration", "{\"periodsPerYear\":70}");
        assertEquals(45, duration.json().getInt("minMinutes"), duration.body());
        assertEquals(45, duration.json().getInt("maxMinutes"));
        assertEquals(60, ask("TT22/periodic-duration", "{\"periodsPerYear\":71}").json().getInt("minMinutes"));
        Api.Reply count = ask("TT22/regular-assessment-count", "{\"periodsPerYear\":70,\"learningTopicCluster\":true}");
        assertEquals(4, count.json().getInt("perSemester"), count.body());
        assertTrue(strings(count.json().getJsonArray("citations")).contains("TT22 Art. 6.3"));
        // the papers module asks the same rule: Civic education has 35 periods in grade 9
        JsonObject civics = api().get("api/v1/papers/availability?subject=CIVICS&grade=9", teacherToken).json();
        assertEquals(45, civics.getJsonObject("periodicDuration").getInt("minMinutes"), civics.toString());
        assertEquals(45, civics.getJsonObject("periodicDuration").getInt("maxMinutes"));
    }

    @Test
    void primaryYearEndAndTheDirectivesPaperDeadlines() throws Exception {
        Api.Reply year = ask("TT27/year-result", "{\"grade\":5,\"qualities\":\"TOT\",\"competences\":\"TOT\",\"subjects\":["
                + "{\"subject\":\"Toán\",\"level\":\"HOAN_THANH_TOT\",\"endOfYearScore\":9},"
                + "{\"subject\":\"Tiếng Việt\",\"level\":\"HOAN_THANH_TOT\",\"endOfYearScore\":10}]}");
        assertEquals(200, year.status(), year.body());
        assertEquals("HOAN_THANH_XUAT_SAC", year.json().getString("evaluation"));
        assertTrue(year.json().getBoolean("primaryProgrammeCompleted"));
        assertEquals(List.of("TT27 Art. 9", "TT27 Art. 11"), strings(year.json().getJsonArray("citations")));
        Api.Reply papers = ask("directives/periodic-papers", "{\"today\":\"2025-10-29\",\"slots\":["
                + "{\"subject\":\"MATH\",\"grade\":9,\"point\":\"MIDTERM_1\",\"dueMonth\":\"2025-10\","
                + "\"groupApprovedOn\":\"2025-10-20\",\"principalApprovedOn\":\"2025-10-24\",\"publishedOn\":\"2025-10-28\"},"
                + "{\"subject\":\"LITERATURE\",\"grade\":9,\"point\":\"MIDTERM_1\",\"dueMonth\":\"2025-10\"},"
                + "{\"subject\":\"PE\",\"grade\":9,\"point\":\"MIDTERM_1\",\"dueMonth\":\"2025-10\"}]}");
        assertEquals(200, papers.status(), papers.body());
        assertEquals(List.of("ON_TIME", "LATE", "EXEMPT"), papers.json().getJsonArray("findings").getValuesAs(JsonObject.class)
                .stream().map(f -> f.getString("status")).toList());
        assertValidationFailed(ask("directives/periodic-papers", "{\"slots\":[{\"subject\":\"MATH\",\"grade\":9,"
                + "\"point\":\"MIDTERM_1\",\"dueMonth\":\"October\"}]}"), "slots[0].dueMonth");
    }

    @Test
    void withoutATokenTheAnswerIs401() throws Exception {
        Api.Reply reply = api().post(BASE + "TT22/subject-average",
                "{\"regular\":[5.9,5.1,4.9],\"midterm\":6.2,\"final\":5.2}", null);
        assertEquals(401, reply.status(), reply.body());
        assertEquals("UNAUTHENTICATED", reply.json().getString("error"));
    }

    @Test
    void theEndpointsAreDocumentedInOpenApi() throws Exception {
        Api.Reply openapi = api().get("openapi", null);
        assertEquals(200, openapi.status(), openapi.body());
        assertTrue(openapi.body().contains("/api/v1/regulations/TT22/subject-average"), "documented");
        assertTrue(openapi.body().contains("/api/v1/regulations/online-permission"), "documented");
    }

    /** Kept in target/screenshots for a person to look at; not an assertion. */
    private static void screenshot(WebDriver browser, String name, WebElement showing) throws java.io.IOException {
        if (showing != null) {
            ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", showing);
        }
        java.nio.file.Path dir = java.nio.file.Path.of("target", "screenshots");
        java.nio.file.Files.createDirectories(dir);
        byte[] png = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
        java.nio.file.Files.write(dir.resolve(name), png);
    }

    private static void assertValidationFailed(Api.Reply reply, String field) {
        assertEquals(400, reply.status(), reply.body());
        JsonObject json = reply.json();
        assertEquals("VALIDATION_FAILED", json.getString("error"), reply.body());
        assertFalse(json.getString("message").isBlank());
        List<JsonObject> details = json.getJsonArray("details").getValuesAs(JsonObject.class);
        assertTrue(details.stream().anyMatch(d -> d.getString("field").equals(field) && !d.getString("message").isBlank()),
                "expected a detail naming " + field + ": " + reply.body());
    }

    // ---- the page ----------------------------------------------------------------------------

    @Test
    void aTeacherWorksOutTheWorkedExampleOnThePage() throws Exception {
        WebDriver browser = Browsers.chromium();
        try {
            WebDriverWait wait = Browsers.await(browser, Duration.ofSeconds(30));
            browser.get(base.toString());
            wait.until(ExpectedConditions.textToBe(By.id("login-button"), "Đăng nhập"));
            browser.findElement(By.id("username")).sendKeys("gv.toan");
            browser.findElement(By.id("password")).sendKeys("demo");
            browser.findElement(By.id("login-button")).click();
            wait.until(ExpectedConditions.urlContains("app.html"));
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-tile=tileRules]"))).click();
            wait.until(ExpectedConditions.urlContains("rules.html"));

            WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("subject-form")));
            List<WebElement> regular = form.findElements(By.cssSelector("input[data-role=regular]"));
            assertEquals(3, regular.size(), "three regular scores to start with");
            regular.get(0).sendKeys("5,9");   // a Vietnamese decimal comma is accepted
            regular.get(1).sendKeys("5.1");
            regular.get(2).sendKeys("4.9");
            browser.findElement(By.id("subject-midterm")).sendKeys("6.2");
            browser.findElement(By.id("subject-final")).sendKeys("5.2");
            browser.findElement(By.id("subject-submit")).click();

            wait.until(ExpectedConditions.textToBe(By.id("subject-value"), "5,5"));
            WebElement result = browser.findElement(By.id("subject-result"));
            assertTrue(result.findElements(By.cssSelector(".chip")).stream()
                    .anyMatch(chip -> "TT22 Art. 9.1.b".equals(chip.getAttribute("data-citation"))
                            && chip.getText().equals("Điều 9, khoản 1, điểm b, Thông tư 22/2021/TT-BGDĐT")), result.getText());
            assertTrue(result.getText().contains("ĐTBmhk"), "reasons in Vietnamese: " + result.getText());
            assertFalse(result.findElements(By.cssSelector("svg rect")).isEmpty(), "the scores are charted");
            screenshot(browser, "rules-subject.png", result);

            // A bad score is named next to its input, from the 400's details.
            regular = form.findElements(By.cssSelector("input[data-role=regular]"));
            regular.get(1).clear();
            regular.get(1).sendKeys("10.5");
            browser.findElement(By.id("subject-submit")).click();
            wait.until(ExpectedConditions.attributeToBe(regular.get(1), "aria-invalid", "true"));
            String errorId = regular.get(1).getAttribute("aria-describedby");
            assertTrue(browser.findElement(By.id(errorId)).getText().contains("từ 0 đến 10"),
                    browser.findElement(By.id(errorId)).getText());

            // The Art. 9.3 example on the learning-result tab: computed and adjusted level, explained.
            browser.findElement(By.id("tab-level")).click();
            browser.findElement(By.cssSelector("[data-example=level]")).click();
            browser.findElement(By.id("level-submit")).click();
            wait.until(ExpectedConditions.textToBe(By.id("level-value"), "Đạt"));
            String note = browser.findElement(By.id("level-adjusted")).getText();
            assertTrue(note.contains("Chưa đạt") && note.contains("9.3"), note);
            assertTrue(browser.findElement(By.id("level-result")).findElements(By.cssSelector(".chip")).stream()
                    .anyMatch(chip -> "TT22 Art. 9.3".equals(chip.getAttribute("data-citation"))
                            && chip.getText().startsWith("Điều 9, khoản 3")));

            // Year end: conduct Chưa đạt in semester II → summer training is the next step (Art. 13).
            browser.findElement(By.id("tab-yearend")).click();
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("conduct-s2"))).selectByValue("CHUA_DAT");
            browser.findElement(By.id("promotion-submit")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#promotion-next li[data-code=SUMMER_CONDUCT_TRAINING]")));
            assertTrue(browser.findElement(By.id("promotion-result")).getText().contains("Điều 13, Thông tư 22/2021/TT-BGDĐT"),
                    browser.findElement(By.id("promotion-result")).getText());
            screenshot(browser, "rules-yearend.png", browser.findElement(By.id("promotion-result")));

            // Awards (Art. 15): the example is Học sinh Xuất sắc; a Tốt level with a subject at 5,0 is contradictory.
            browser.findElement(By.cssSelector("[data-example=award]")).click();
            browser.findElement(By.id("award-submit")).click();
            wait.until(ExpectedConditions.textToBe(By.id("award-value"), "Danh hiệu Học sinh Xuất sắc"));
            assertTrue(browser.findElement(By.id("award-result")).findElements(By.cssSelector(".chip")).stream()
                    .anyMatch(chip -> "TT22 Art. 15".equals(chip.getAttribute("data-citation"))));
            WebElement averages = browser.findElement(By.id("award-scored"));
            averages.clear();
            averages.sendKeys("9,0; 9,1; 9,2; 9,3; 9,4; 9,5; 5,0");
            browser.findElement(By.id("award-submit")).click();
            wait.until(ExpectedConditions.attributeToBe(By.id("award-learning"), "aria-invalid", "true"));
            String contradiction = browser.findElement(By.id(browser.findElement(By.id("award-learning"))
                    .getAttribute("aria-describedby"))).getText();
            assertTrue(contradiction.contains("mâu thuẫn"), contradiction);

            // Periodic tests: 70 periods a year → 45 minutes (Art. 7); the directive's paper deadlines.
            browser.findElement(By.id("tab-plan")).click();
            browser.findElement(By.id("plan-submit")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("plan-duration"), "45 phút"));
            browser.findElement(By.cssSelector("[data-example=papers]")).click();
            browser.findElement(By.id("papers-submit")).click();
            wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#papers-findings li"), 6));
            assertEquals(List.of("ON_TIME", "LATE", "ON_TIME", "APPROVAL_OUT_OF_ORDER", "EXEMPT", "PENDING"),
                    browser.findElements(By.cssSelector("#papers-findings li")).stream().map(li -> li.getAttribute("data-status")).toList());
            screenshot(browser, "rules-papers.png", browser.findElement(By.id("papers-result")));
            screenshot(browser, "rules-level.png", browser.findElement(By.id("level-result")));

            // Online permission: a midterm with nothing ticked lists the three missing conditions.
            browser.findElement(By.id("tab-online")).click();
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("online-kind"))).selectByValue("MIDTERM");
            browser.findElement(By.id("online-submit")).click();
            wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#online-missing li"), 3));
            assertEquals("PRINCIPAL_AUTHORIZATION",
                    browser.findElements(By.cssSelector("#online-missing li")).get(1).getAttribute("data-code"));

            browser.findElement(By.cssSelector("button[data-lang=en]")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tab-subject"), "Subject average"));
            assertTrue(browser.findElement(By.id("online-value")).getText().startsWith("May not be taken online"),
                    "the answer is re-drawn in English: " + browser.findElement(By.id("online-value")).getText());
            String reworded = browser.findElement(By.id(errorId)).getAttribute("textContent");   // its tab is hidden
            assertTrue(reworded.contains("from 0 to 10"), "the field message is re-worded too: " + reworded);
            screenshot(browser, "rules-online-en.png", browser.findElement(By.id("online-result")));

            // On a phone the page does not scroll sideways.
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            browser.findElement(By.id("tab-subject")).click();
            Object overflow = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertEquals(0L, ((Number) overflow).longValue(), "horizontal overflow on a 390 px screen");
            screenshot(browser, "rules-phone.png", null);
        } finally {
            browser.quit();
        }
    }

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** The last 28th before a sitting's day: the directive's deadline for its paper (restated to check the rules). */
    private static LocalDate last28thBefore(LocalDate day) {
        return day.getDayOfMonth() > 28 ? day.withDayOfMonth(28) : day.minusMonths(1).withDayOfMonth(28);
    }

    /** A periodic sitting of the approved MIDTERM paper opening at {@code opensAt}, for one student. */
    private long scheduled(Api api, long paper, Instant opensAt) throws Exception {
        String body = jakarta.json.Json.createObjectBuilder().add("paperId", paper)
                .add("students", jakarta.json.Json.createArrayBuilder().add("hs079"))
                .add("opensAt", opensAt.toString()).add("closesAt", opensAt.plus(Duration.ofHours(2)).toString())
                .add("durationMinutes", 60).add("mode", "IN_PERSON")
                .add("proctors", jakarta.json.Json.createArrayBuilder().add("gv.toan")).build().toString();
        Api.Reply r = api.post("api/v1/sittings", body, api.login("gv.toan", "demo"));
        assertEquals(201, r.status(), r.body());
        return r.json().getJsonNumber("id").longValue();
    }

    private static JsonObject row(Api.Reply report, long sittingId) {
        return report.json().getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getJsonNumber("sittingId").longValue() == sittingId).findFirst()
                .orElseThrow(() -> new AssertionError("no row for sitting " + sittingId + ": " + report.body()));
    }

    @Test
    void theLivePaperDeadlinesOfTheScheduledSittingsForThePrincipalAndOnThePapersPage() throws Exception {
        Api api = api();
        long paper = Sittings.approvedPaper(api);   // approved today: group, then principal
        LocalDate today = LocalDate.now(VIETNAM);
        // Sat today: the paper came after the last 28th before today → late.
        long now = scheduled(api, paper, Instant.now().truncatedTo(ChronoUnit.SECONDS));
        // Sat on the 1st two months on (still this school year from September to March): due the 28th
        // of next month, and the paper is already approved → on time.
        LocalDate later = today.withDayOfMonth(1).plusMonths(2);
        long ahead = scheduled(api, paper, later.atTime(8, 0).atZone(VIETNAM).toInstant());

        Api.Reply report = api.get("api/v1/regulations/paper-deadlines", api.login("hieutruong", "demo"));
        assertEquals(200, report.status(), report.body());
        assertEquals(today.toString(), report.json().getString("today"));
        JsonObject late = row(report, now);
        assertEquals("MIDTERM", late.getString("kind"));
        assertEquals("Toán", late.getString("subjectVi"));
        assertEquals(today.toString(), late.getString("sittingDay"));
        assertEquals(last28thBefore(today).toString(), late.getString("deadline"));
        assertEquals("LATE", late.getString("status"), late.toString());
        assertEquals(today.toString(), late.getString("principalApprovedOn"));
        assertEquals(List.of("Tân Hồng 1334/PGDĐT"), strings(late.getJsonArray("citations")));
        assertFalse(late.getJsonArray("reasons").isEmpty());
        JsonObject onTime = row(report, ahead);
        assertEquals(last28thBefore(later).toString(), onTime.getString("deadline"));
        assertEquals("ON_TIME", onTime.getString("status"), onTime.toString());
        assertEquals(List.of(), strings(onTime.getJsonArray("missing")));
        assertTrue(strings(report.json().getJsonArray("citations")).contains("Tân Hồng 1334/PGDĐT"));

        assertEquals(200, api.get("api/v1/regulations/paper-deadlines", api.login("phohieutruong", "demo")).status());
        assertEquals(403, api.get("api/v1/regulations/paper-deadlines", api.login("gv.toan", "demo")).status());
        assertEquals(401, api.get("api/v1/regulations/paper-deadlines", null).status());

        WebDriver browser = Browsers.chromium();
        try {
            WebDriverWait wait = Browsers.await(browser, Duration.ofSeconds(30));
            browser.get(base.toString());
            wait.until(ExpectedConditions.textToBe(By.id("login-button"), "Đăng nhập"));
            browser.findElement(By.id("username")).sendKeys("hieutruong");
            browser.findElement(By.id("password")).sendKeys("demo");
            browser.findElement(By.id("login-button")).click();
            wait.until(ExpectedConditions.urlContains("app.html"));
            // From the calculator's paper tab to the live list.
            browser.get(base + "rules.html");
            wait.until(ExpectedConditions.elementToBeClickable(By.id("tab-plan"))).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.id("papers-live-link"))).click();
            wait.until(ExpectedConditions.urlContains("papers.html"));
            By aheadRow = By.cssSelector("#paper-deadlines li[data-sitting-id='" + ahead + "']");
            WebElement onTimeRow = wait.until(ExpectedConditions.visibilityOfElementLocated(aheadRow));
            assertEquals("ON_TIME", onTimeRow.getAttribute("data-status"));
            String text = onTimeRow.getText();
            assertTrue(text.contains("Toán 9 · GK2") && text.contains("Đúng hạn") && text.contains("Tân Hồng 1334/PGDĐT")
                    && text.contains(String.format("%02d/%02d/%d", last28thBefore(later).getDayOfMonth(),
                    last28thBefore(later).getMonthValue(), last28thBefore(later).getYear())), text);
            WebElement lateRow = browser.findElement(By.cssSelector("#paper-deadlines li[data-sitting-id='" + now + "']"));
            assertEquals("LATE", lateRow.getAttribute("data-status"));
            assertTrue(lateRow.getText().contains("Quá hạn"), lateRow.getText());
            screenshot(browser, "papers-deadlines.png", onTimeRow);

            browser.findElement(By.cssSelector("button[data-lang=en]")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(aheadRow, "On time"));
            assertTrue(browser.findElement(aheadRow).getText().contains("Mathematics 9 · GK2"), browser.findElement(aheadRow).getText());
            assertTrue(browser.findElement(By.cssSelector("#paper-deadlines h3")).getText().contains("Periodic paper deadlines"));

            // On a phone the list wraps: the panel itself never needs sideways scrolling.
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            Object overflow = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                    "const s = document.getElementById('paper-deadlines'); return s.scrollWidth - s.clientWidth;");
            assertEquals(0L, ((Number) overflow).longValue(), "the deadline panel overflows a 390 px screen");
            browser.findElement(By.cssSelector("button[data-lang=vi]")).click();
        } finally {
            browser.quit();
        }
    }
}

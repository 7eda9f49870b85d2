package vn.khaothi.web.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Issue 17, "how to check it stays fixed": every page, as every demo role, in both languages.
 * <ul>
 * <li>Vietnamese selected (at phone size, 390×844): no common English UI word, no raw upper-case code
 * (EXPOSED_ITEMS_USED, IN_PERSON), no "TT22 Art. 7" citation in the visible text, titles, placeholders and
 * aria-labels; and no sideways scroll (the widest element is named when there is).</li>
 * <li>English selected (desktop): no Vietnamese word (diacritics), except the demo school's people, classes and
 * school, and content marked {@code .item-content} (stems, options, chapter titles: Vietnamese by nature).</li>
 * <li>Either way: no SEVERE entry in the browser console.</li>
 * </ul>
 * Every finding is collected and the test fails once, listing all of them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LanguageCheckIT {

    static final List<String> ROLES = List.of("admin", "hieutruong", "phohieutruong", "totruong.toan", "gv.toan", "hs001");
    static final List<String> PAGES = List.of("app.html", "bank.html", "papers.html", "sittings.html", "proctor.html",
            "test.html", "remote.html", "rules.html", "gradebook.html", "marking.html", "results.html", "scan.html",
            "analytics.html");

    /** Common English UI words: none of them is a Vietnamese word without diacritics ("in" is: "In đề"). */
    static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "is", "not", "no", "error", "failed", "invalid",
            "required", "missing", "empty", "save", "submit", "cancel", "loading", "item", "items", "paper", "papers",
            "student", "students", "score", "must", "needs", "cannot", "found", "with", "for", "from", "has", "have",
            "was", "were", "this", "that", "are", "or", "at", "by", "all", "new", "edit", "delete", "add", "close",
            "open", "name", "status", "draft", "approved", "published", "submitted", "rejected", "pending", "online",
            "high", "medium", "low", "level", "chapter", "type", "points", "answer", "question", "teacher", "seed",
            "version", "sitting", "proctor", "mode", "yes", "unknown", "null", "undefined", "nan", "art", "without",
            "warning", "problem", "there", "should", "only", "when", "please", "click", "select", "choose", "none");
    /** Proper nouns, formats and codes a Vietnamese page may show as they are. */
    static final Set<String> CODES_OK = Set.of("PDF", "CSV", "QR", "QTI", "GIFT", "XML", "UTF", "ID", "URL", "HTML",
            "KT", "TM", "THCS", "THPT", "OK", "VI", "EN", "GVCN", "SBD", "PIN", "HS", "GV", "DOCX", "XLSX", "LMS", "API",
            "TX", "GK", "CK", "NB", "TH", "VD", "VDC");
    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{N}_]*");
    static final Pattern RAW_CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b");
    static final Pattern SHORT_CITATION = Pattern.compile("\\bTT\\s?\\d{2}\\b|\\bArt\\.");
    static final Pattern VIETNAMESE = Pattern.compile(
            "[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]", Pattern.CASE_INSENSITIVE);
    /** The demo school's people, classes and school (DemoSchool, DemoNames): names stay as they are in English. */
    static final List<String> DEMO_PHRASES = List.of("Khảo Thí", "Tiếng Việt", "Ngôn ngữ", "Trường THCS Khảo Thí (trường mẫu)",
            "trường mẫu", "Quản trị hệ thống", "Hiệu trưởng Trần Minh Đức", "Phó hiệu trưởng Lê Thị Hoa",
            // the issuer of the district directive a paper-deadline rule cites (a place name, cited as it is)
            "Tân Hồng",
            "Tổ trưởng Nguyễn Thị Lan", "Thầy Phạm Văn Bình", "Tổ Toán – Tin");
    static final Set<String> NAME_SYLLABLES = Set.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
            "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Văn", "Minh", "Quốc", "Đức", "Gia", "Hữu", "Thị", "Ngọc",
            "Thu", "Thanh", "Khánh", "Bảo", "An", "Bình", "Cường", "Dũng", "Huy", "Khang", "Long", "Nam", "Phúc", "Quân",
            "Sơn", "Tài", "Thắng", "Trí", "Việt", "Vinh", "Anh", "Chi", "Giang", "Hà", "Hân", "Linh", "Mai", "My", "Ngân",
            "Nhi", "Oanh", "Phương", "Quỳnh", "Thảo", "Trang", "Vy", "Hoa", "Lan");

    /** Counts fetches in flight, so a page is read once it has drawn what the server answered. */
    /**
     * Counts fetches in flight, so a page is read once it has drawn what the server answered; and keeps the texts people
     * wrote that the API sent (titles, notes, explanations, stems…): on an English page those are data, not UI.
     */
    private static final String FETCH_COUNTER = """
            (() => {
              window.__inflight = 0; window.__changed = Date.now(); window.__data = new Set();
              const keys = new Set(['title', 'stem', 'text', 'html', 'explanation', 'note', 'comment', 'comments', 'chapter',
                'chapterTitle', 'lesson', 'studentName', 'displayName', 'decidedByName', 'teacher', 'teacherName', 'homeroomTeacher',
                'fullName', 'specification', 'spec', 'feedback', 'generalFeedback', 'tags', 'paperTitle', 'sittingTitle', 'reasonText']);
              const walk = (v, key) => {
                if (typeof v === 'string') { if (keys.has(key) && v.trim().length > 1) window.__data.add(v.trim()); }
                else if (Array.isArray(v)) v.forEach(x => walk(x, key));
                // a "name" is a person's or a saved blueprint's, except beside a "code" (a subject: its name is the UI's)
                else if (v && typeof v === 'object') Object.entries(v).forEach(([k, x]) =>
                  walk(x, keys.has(key) ? key : (k === 'name' && !('code' in v) ? 'title' : k)));
              };
              const f = window.fetch;
              window.fetch = function () {
                window.__inflight++; window.__changed = Date.now();
                // the data are taken before the fetch counts as done: a page read as soon as nothing is in flight
                // must not race the reading of the last answer's body
                return f.apply(this, arguments).then(async r => {
                  if ((r.headers.get('Content-Type') || '').includes('json')) {
                    try { walk(await r.clone().json(), ''); } catch (e) { /* not JSON after all */ }
                  }
                  return r;
                }).finally(() => { window.__inflight--; window.__changed = Date.now(); });
              };
            })();""";

    /** Visible text of the page, outside .item-content: text nodes, titles, placeholders, aria-labels, selects' options. */
    private static final String VISIBLE_TEXT = """
            const out = [document.title];
            const skip = el => el.closest('.item-content, script, style, noscript, template');
            const visible = el => el.checkVisibility ? el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })
                : !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length);
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              const text = n.nodeValue.trim();
              if (!text) continue;
              let el = n.parentElement;
              if (!el || skip(el)) continue;
              const owner = el.closest('select') || el;
              if (!visible(owner)) continue;
              const where = el.id ? '#' + el.id : (el.closest('[id]') ? '#' + el.closest('[id]').id + ' ' : '') + el.tagName.toLowerCase();
              out.push(where + ': ' + text);
            }
            document.body.querySelectorAll('[title], [placeholder], [aria-label]').forEach(el => {
              if (skip(el) || !visible(el)) return;
              ['title', 'placeholder', 'aria-label'].forEach(a => { if (el.getAttribute(a)) out.push(el.tagName.toLowerCase()
                + (el.id ? '#' + el.id : '') + '@' + a + ': ' + el.getAttribute(a)); });
            });
            return [out, [...(window.__data || [])]];""";

    private static final String WIDEST = """
            let widest = null, right = 0;
            document.body.querySelectorAll('*').forEach(el => {
              const r = el.getBoundingClientRect();
              if (r.width && r.right > right) { right = r.right; widest = el; }
            });
            const name = widest ? widest.tagName.toLowerCase() + (widest.id ? '#' + widest.id : '')
              + (widest.className && typeof widest.className === 'string' ? '.' + widest.className.trim().split(/\\s+/).join('.') : '') : '?';
            return document.documentElement.scrollWidth + ' > ' + window.innerWidth + ' (widest: ' + name + ', right edge '
              + Math.round(right) + ' px)';""";

    /** Bank content that is Vietnamese by nature (the demo curriculum's chapter titles). */
    private List<String> contentPhrases = List.of();
    /** The pages the signed-in role's home leads to. */
    private Set<String> reachable = Set.of();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void everyPageSpeaksOneLanguageHasNoConsoleErrorAndFitsAPhone() throws Exception {
        String root = base.toString().endsWith("/") ? base.toString() : base + "/";
        Api api = new Api(base);
        Set<String> findings = new LinkedHashSet<>();
        contentPhrases = chapterTitles(api);
        WebDriver browser = chromiumWithConsole();
        try {
            for (String lang : List.of("vi", "en")) {
                size(browser, lang);
                browser.get(root + "index.html");
                ((JavascriptExecutor) browser).executeScript("sessionStorage.clear(); localStorage.setItem('khaothi.lang', arguments[0]);", lang);
                check(browser, root + "index.html", "-", lang, findings);
            }
            for (String user : ROLES) {
                Api.Reply login = api.post("api/v1/auth/login", "{\"username\":\"" + user + "\",\"password\":\"demo\"}", null);
                JsonObject session = login.json();
                for (String lang : List.of("vi", "en")) {
                    size(browser, lang);
                    browser.get(root + "index.html");
                    ((JavascriptExecutor) browser).executeScript(
                            "sessionStorage.setItem('khaothi.token', arguments[0].token);"
                            + "sessionStorage.setItem('khaothi.session', JSON.stringify({ username: arguments[0].username,"
                            + " displayName: arguments[0].displayName, roles: arguments[0].roles, expiresAt: arguments[0].expiresAt }));"
                            + "localStorage.setItem('khaothi.lang', arguments[1]);", toMap(session), lang);
                    browser.manage().logs().get(LogType.BROWSER); // the sign-in page's entries are not a page's
                    reachable = reachable(browser, root);
                    for (String page : PAGES) {
                        check(browser, root + page, user, lang, findings);
                    }
                }
            }
            scenarios(browser, root, api, findings);
        } finally {
            browser.quit();
        }
        assertTrue(findings.isEmpty(), findings.size() + " finding(s):\n" + String.join("\n", findings));
    }

    private List<String> chapterTitles(Api api) throws Exception {
        String teacher = api.login("gv.toan", "demo");
        Api.Reply tree = api.get("api/v1/bank/curriculum?subject=MATH&grade=9", teacher);
        List<String> titles = new ArrayList<>();
        Matcher m = Pattern.compile("\"title\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(tree.body());
        while (m.find()) {
            titles.add(m.group(1));
        }
        titles.sort((a, b) -> b.length() - a.length()); // the longest first, so a title inside another goes with it
        return titles;
    }

    private static String without(String text, List<String> phrases) {
        String rest = text;
        for (String phrase : phrases) {
            rest = rest.replace(phrase, " ");
        }
        return rest;
    }

    @SuppressWarnings("unchecked")
    private static Set<String> reachable(WebDriver browser, String root) {
        browser.get(root + "app.html");
        settle(browser);
        List<String> targets = (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return [...document.querySelectorAll('#tiles [data-target]')].map(t => t.dataset.target.split('#')[0]);");
        browser.manage().logs().get(LogType.BROWSER);
        return Set.copyOf(targets);
    }

    /**
     * What plain page loads do not show: the item editor's problems (a teacher saves an empty item), a paper's
     * assembler warnings and a rejection without a note (the department head), in both languages.
     */
    private void scenarios(WebDriver browser, String root, Api api, Set<String> findings) throws Exception {
        String teacher = api.login("gv.toan", "demo");
        String title = "Kiểm tra ngôn ngữ " + System.nanoTime();
        Api.Reply paper = api.post("api/v1/papers", "{\"title\":\"" + title + "\",\"subject\":\"MATH\",\"grade\":9,"
                + "\"kind\":\"MIDTERM\",\"versions\":2,\"seed\":17,\"blueprint\":{\"durationMinutes\":60,\"cells\":["
                + "{\"chapter\":\"C1\",\"level\":\"NB\",\"type\":\"SINGLE_CHOICE\",\"count\":4,\"pointsEach\":0.5},"
                + "{\"chapter\":\"C2\",\"level\":\"NB\",\"type\":\"SINGLE_CHOICE\",\"count\":4,\"pointsEach\":0.5},"
                + "{\"chapter\":\"C2\",\"level\":\"VD\",\"type\":\"SHORT_NUMERIC\",\"count\":2,\"pointsEach\":1},"
                + "{\"chapter\":\"C1\",\"level\":\"VDC\",\"type\":\"ESSAY\",\"count\":1,\"pointsEach\":4}]}}", teacher);
        if (paper.status() != 201) {
            findings.add("[scenario] the test paper could not be generated: " + paper.status() + " " + abbreviate(paper.body()));
        }
        for (String lang : List.of("vi", "en")) {
            size(browser, lang);
            signIn(browser, root, api, "gv.toan", lang);
            browser.get(root + "bank.html");
            settle(browser);
            org.openqa.selenium.support.ui.WebDriverWait wait = Browsers.await(browser, Duration.ofSeconds(20));
            try {
                wait.until(d -> d.findElement(By.id("new-item")).isDisplayed());
                browser.findElement(By.id("new-item")).click();
                wait.until(d -> d.findElement(By.id("ed-stem")).isDisplayed());
                browser.findElement(By.id("ed-stem")).sendKeys(" "); // the live preview lists the problems
                wait.until(d -> !d.findElements(By.cssSelector(".ed-problems li")).isEmpty());
                browser.findElement(By.id("ed-save")).click();
                wait.until(d -> d.findElements(By.cssSelector("#item-editor p.error")).stream()
                        .anyMatch(p -> !p.getText().isBlank()));
            } catch (org.openqa.selenium.TimeoutException e) {
                findings.add("[" + lang + " scenario] the item editor did not show its problems: " + abbreviate(e.getMessage()));
            }
            settle(browser);
            expect(browser, lang, "gv.toan bank.html", "vi".equals(lang) ? "chưa có nội dung" : "has no text", findings);
            inspect(browser, "[" + lang + " gv.toan bank.html: empty item saved] ", lang, true, true, findings);

            signIn(browser, root, api, "totruong.toan", lang);
            browser.get(root + "papers.html");
            settle(browser);
            List<org.openqa.selenium.WebElement> rows = browser.findElements(By.xpath(
                    "//*[@id='paper-list']//tr[td[1][normalize-space()='" + title + "']]//button"));
            if (rows.isEmpty()) {
                findings.add("[" + lang + " scenario] the paper " + title + " is not listed on papers.html");
                continue;
            }
            try {
                rows.get(0).click();
                wait.until(d -> d.findElement(By.id("reject")).isDisplayed());
                settle(browser);
                browser.findElement(By.id("reject")).click();
                wait.until(d -> d.findElement(By.id("notice")).isDisplayed());
            } catch (org.openqa.selenium.TimeoutException e) {
                findings.add("[" + lang + " scenario] the paper's rejection was not answered: " + abbreviate(e.getMessage()));
            }
            settle(browser);
            expect(browser, lang, "totruong.toan papers.html", "vi".equals(lang) ? "Khi trả lại, hãy ghi rõ cần sửa gì."
                    : "A rejection needs a note saying what to change.", findings);
            inspect(browser, "[" + lang + " totruong.toan papers.html: a paper with warnings, rejected without a note] ", lang, true,
                    true, findings);
        }
    }

    /** The server's code reached the page as the catalogue's sentence (not a general one). */
    private static void expect(WebDriver browser, String lang, String where, String sentence, Set<String> findings) {
        String text = browser.findElement(By.tagName("body")).getText();
        if (!text.contains(sentence)) {
            findings.add("[" + lang + " " + where + "] the catalogue's sentence «" + sentence + "» is not shown");
        }
    }

    private static void signIn(WebDriver browser, String root, Api api, String user, String lang) throws Exception {
        Api.Reply login = api.post("api/v1/auth/login", "{\"username\":\"" + user + "\",\"password\":\"demo\"}", null);
        browser.get(root + "index.html");
        ((JavascriptExecutor) browser).executeScript(
                "sessionStorage.setItem('khaothi.token', arguments[0].token);"
                + "sessionStorage.setItem('khaothi.session', JSON.stringify({ username: arguments[0].username,"
                + " displayName: arguments[0].displayName, roles: arguments[0].roles, expiresAt: arguments[0].expiresAt }));"
                + "localStorage.setItem('khaothi.lang', arguments[1]);", toMap(login.json()), lang);
        browser.manage().logs().get(LogType.BROWSER);
    }

    private static void size(WebDriver browser, String lang) {
        // Vietnamese at phone size (its words are the longer ones), English on a desktop.
        browser.manage().window().setSize("vi".equals(lang) ? new Dimension(390, 844) : new Dimension(1366, 900));
    }

    private static Map<String, Object> toMap(JsonObject o) {
        return Map.of("token", o.getString("token"), "username", o.getString("username", ""),
                "displayName", o.getString("displayName", ""), "roles",
                o.getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList(),
                "expiresAt", o.get("expiresAt") == null ? "" : o.get("expiresAt").toString().replace("\"", ""));
    }

    static WebDriver chromiumWithConsole() throws Exception {
        WebDriver browser = Browsers.chromium(options -> {
            org.openqa.selenium.logging.LoggingPreferences logs = new org.openqa.selenium.logging.LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
        });
        ((ChromeDriver) browser).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", FETCH_COUNTER));
        return browser;
    }

    private void check(WebDriver browser, String url, String user, String lang, Set<String> findings) {
        String page = url.substring(url.lastIndexOf('/') + 1);
        String where = "[" + lang + " " + user + " " + page + "] ";
        browser.get(url);
        settle(browser);
        if (!browser.getCurrentUrl().contains(page)) {
            findings.add(where + "left the page for " + browser.getCurrentUrl());
            return;
        }
        inspect(browser, where, lang, reachable.contains(page) || "index.html".equals(page) || "app.html".equals(page), false, findings);
    }

    /**
     * The checks on the page as it is now. A page the role's home does not lead to may be refused by the server
     * (a student typing bank.html): its 403s are not findings, any other console error is. Where the scenario asks
     * for a refusal (an invalid item, a rejection without a note), the browser's note of the 4xx is expected too.
     */
    private void inspect(WebDriver browser, String where, String lang, boolean reachableByRole, boolean refusalAsked,
            Set<String> findings) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        @SuppressWarnings("unchecked")
        List<List<String>> read = (List<List<String>>) js.executeScript(VISIBLE_TEXT);
        List<String> texts = read.get(0);
        List<String> data = new ArrayList<>(read.get(1));
        List<String> dataAndContent = new ArrayList<>(data);
        dataAndContent.addAll(contentPhrases);
        // the longest first, whichever list it comes from: a chapter titled "SD…" inside a paper titled
        // "Kiểm tra thường xuyên SD…" must not cut the paper's title in two before the title is recognised
        data.sort((a, b) -> b.length() - a.length());
        dataAndContent.sort((a, b) -> b.length() - a.length());
        for (String text : texts) {
            String shown = text.contains(": ") ? text.substring(text.indexOf(": ") + 2) : text;
            // What people wrote (titles, stems, notes: sent by the API as data) is theirs, in whatever language.
            String problem = "vi".equals(lang) ? notVietnamese(without(shown, data)) : notEnglish(without(shown, dataAndContent));
            if (problem != null) {
                findings.add(where + problem + " in «" + abbreviate(text) + "»");
            }
        }
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            boolean loadFailed = entry.getMessage().contains("Failed to load resource");
            boolean refused = loadFailed && entry.getMessage().contains("status of 403");
            boolean asked = refusalAsked && loadFailed && entry.getMessage().matches(".*status of 4\\d\\d.*");
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue() && (reachableByRole || !refused) && !asked) {
                findings.add(where + "console: " + abbreviate(entry.getMessage()));
            }
        }
        if ("vi".equals(lang)) {
            Boolean fits = (Boolean) js.executeScript("return document.documentElement.scrollWidth <= window.innerWidth + 1;");
            if (!fits) {
                findings.add(where + "scrolls sideways at 390 px: " + js.executeScript(WIDEST));
            }
        }
    }

    /** Waits for the page's scripts and fetches to finish, then 300 ms of quiet (at most 8 s). */
    private static void settle(WebDriver browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        long until = System.currentTimeMillis() + 8000;
        while (System.currentTimeMillis() < until) {
            Object quiet = js.executeScript("return document.readyState === 'complete' && window.__inflight === 0"
                    + " && Date.now() - window.__changed > 300;");
            if (Boolean.TRUE.equals(quiet)) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Why a text on a Vietnamese page is not Vietnamese, or null. */
    static String notVietnamese(String text) {
        Matcher code = RAW_CODE.matcher(text);
        while (code.find()) {
            return "raw code " + code.group();
        }
        Matcher citation = SHORT_CITATION.matcher(text);
        if (citation.find()) {
            return "citation in short form '" + citation.group() + "'";
        }
        Matcher word = WORD.matcher(text);
        List<String> english = new ArrayList<>();
        while (word.find()) {
            String w = word.group();
            int start = word.start();
            if (start > 0 && "/._-@".indexOf(text.charAt(start - 1)) >= 0) {
                continue; // a path, file name or address: /health, bank.html
            }
            if (ENGLISH.contains(w.toLowerCase(Locale.ROOT))) {
                english.add(w);
            }
        }
        return english.isEmpty() ? null : "English " + english;
    }

    /** Why a text on an English page is not English (a Vietnamese word outside the demo school's names), or null. */
    static String notEnglish(String text) {
        String rest = text;
        for (String phrase : DEMO_PHRASES) {
            rest = rest.replace(phrase, " ");
        }
        Matcher word = WORD.matcher(rest);
        List<String> vietnamese = new ArrayList<>();
        while (word.find()) {
            String w = word.group();
            if (VIETNAMESE.matcher(w).find() && !NAME_SYLLABLES.contains(w)) {
                vietnamese.add(w);
            }
        }
        Matcher citation = Pattern.compile("\\bTT\\s?\\d{2}\\b").matcher(text);
        if (citation.find()) {
            return "citation in short form '" + citation.group() + "'";
        }
        return vietnamese.isEmpty() ? null : "Vietnamese " + vietnamese.stream().distinct().collect(Collectors.toList());
    }

    private static String abbreviate(String text) {
        String one = text.replaceAll("\\s+", " ");
        return one.length() > 160 ? one.substring(0, 160) + "…" : one;
    }

    @Test
    void theCheckersCatchWhatTheIssueSaw() {
        assertTrue(notVietnamese("Lỗi: the stem is empty; option A has no text") != null);
        assertTrue(notVietnamese("⚠ EXPOSED_ITEMS_USED [C1 / NB / SINGLE_CHOICE]") != null);
        assertTrue(notVietnamese("TT22 Art. 7") != null);
        assertTrue(notVietnamese("Điều 7, Thông tư 22/2021/TT-BGDĐT") == null);
        assertTrue(notVietnamese("In đề, xuất PDF, tải CSV") == null);
        assertTrue(notEnglish("Circular 22/2021, Art. 7 — Nguyễn Văn An, 9A1") == null);
        assertTrue(notEnglish("Điểm trung bình") != null);
    }
}

package vn.khaothi.web.it;

import java.io.File;
import java.nio.file.Files;
import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's Chromium, headless, driven by Debian's chromedriver (no browser download). */
final class Browsers {

    private Browsers() {
    }

    static WebDriver chromium() throws Exception {
        return chromium(options -> { });
    }

    /** The same browser with extra options (e.g. console logging for the language check). */
    static WebDriver chromium(java.util.function.Consumer<ChromeOptions> extra) throws Exception {
        File driver = new File(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));
        File binary = new File(System.getProperty("khaothi.chromium", "/usr/bin/chromium"));
        if (!driver.canExecute() || !binary.canExecute()) {
            throw new IllegalStateException("Chromium and chromedriver are needed for UI tests: "
                    + "apt-get install -y chromium chromium-driver (.ci/run does this)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,900", "--lang=vi",
                "--user-data-dir=" + Files.createTempDirectory("khaothi-chromium"));
        extra.accept(options);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver).build();
        return new ChromeDriver(service, options);
    }

    /**
     * The one way tests wait on a page. Our pages re-render their tables (a reload replaces every row), so an
     * element found a moment ago may be gone when the condition reads it: that is "not yet", not a failure.
     */
    static WebDriverWait await(WebDriver browser, Duration timeout) {
        WebDriverWait wait = new WebDriverWait(browser, timeout) {
            // A click that follows a link may still be loading the next page when the condition asks: Chromium answers
            // "aborted by navigation" (a plain WebDriverException, no class of its own). That too is "not yet".
            @Override
            public <V> V until(Function<? super WebDriver, ? extends V> condition) {
                return super.until(driver -> {
                    try {
                        return condition.apply(driver);
                    } catch (WebDriverException e) {
                        if (e instanceof StaleElementReferenceException
                                || String.valueOf(e.getMessage()).contains("aborted by navigation")) {
                            return null;
                        }
                        throw e;
                    }
                });
            }
        };
        return wait;
    }

    /** Signs in on the login page as a demo user (password {@code demo}) and waits for the home page. */
    static void signIn(WebDriver browser, WebDriverWait wait, String base, String username) {
        browser.get(base);
        wait.until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(org.openqa.selenium.By.id("login-button")));
        browser.findElement(org.openqa.selenium.By.id("username")).sendKeys(username);
        browser.findElement(org.openqa.selenium.By.id("password")).sendKeys("demo");
        browser.findElement(org.openqa.selenium.By.id("login-button")).click();
        wait.until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("app.html"));
    }
}

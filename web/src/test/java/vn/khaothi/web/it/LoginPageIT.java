package vn.khaothi.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A person signs in through the real page in headless Chromium (Debian's chromium + chromedriver). */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginPageIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browsers.chromium();
        wait = Browsers.await(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void principalSignsInAndSeesTheirHomePage() {
        browser.get(base.toString());
        wait.until(ExpectedConditions.textToBe(By.id("login-button"), "Đăng nhập"));
        browser.findElement(By.id("username")).sendKeys("hieutruong");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("login-button")).click();
        wait.until(ExpectedConditions.urlContains("app.html"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("greeting"), "Hiệu trưởng Trần Minh Đức"));
        assertTrue(browser.findElement(By.id("greeting")).getText().startsWith("Xin chào"));
        assertEquals("Hiệu trưởng", browser.findElement(By.cssSelector("#role-badges .badge")).getText());
        assertTrue(browser.findElements(By.cssSelector("[data-tile=tileRemote]")).size() == 1, "the principal sees remote requests");
        assertTrue(browser.findElements(By.cssSelector("[data-tile=tileImport]")).isEmpty(), "but not the admin's import");

        browser.findElement(By.cssSelector("button[data-lang=en]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("greeting"), "Hello"));
        assertEquals("Principal", browser.findElement(By.cssSelector("#role-badges .badge")).getText());
    }

    @Test
    void wrongPasswordShowsOneClearMessageAndStaysOnThePage() {
        browser.get(base.toString());
        browser.findElement(By.id("username")).sendKeys("gv.toan");
        browser.findElement(By.id("password")).sendKeys("sai-mat-khau");
        browser.findElement(By.id("login-button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-error")));
        assertEquals("Sai tên đăng nhập hoặc mật khẩu.", browser.findElement(By.id("login-error")).getText());
        assertTrue(browser.getCurrentUrl().endsWith("/"), browser.getCurrentUrl());
    }
}

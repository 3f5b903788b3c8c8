package fr.memberspace.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium (Debian's chromium and chromium-driver) driven by Selenium, with a
 * screenshot under {@code target/screenshots/} of every test that fails.
 */
public final class Browser implements TestWatcher, AutoCloseable {

    public static final Dimension DESKTOP = new Dimension(1280, 900);
    public static final Dimension PHONE = new Dimension(390, 844);

    private ChromeDriver driver;

    public WebDriver open(Dimension size, String language) {
        close();
        System.setProperty("webdriver.chrome.driver", System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));
        var options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--lang=" + language,
                "--window-size=" + size.getWidth() + "," + size.getHeight());
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        driver = new ChromeDriver(options);
        driver.manage().window().setSize(size);
        return driver;
    }

    public WebDriver driver() {
        return driver;
    }

    public void go(String path) {
        driver.get(Http.BASE.resolve(path).toString());
    }

    /** Waits for an element to be visible (ajax updates included). */
    public WebElement await(By by) {
        return waiting().until(retriedOnReplacedNode(ExpectedConditions.visibilityOfElementLocated(by)));
    }

    /** Waits for an element to be in the page, visible or not (hidden inputs). */
    public WebElement present(By by) {
        return waiting().until(retriedOnReplacedNode(ExpectedConditions.presenceOfElementLocated(by)));
    }

    /** A wait that retries when an ajax update replaced the element it was looking at. */
    private WebDriverWait waiting() {
        var wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /**
     * The condition, tried again when an ajax update replaced the element between finding it
     * and reading it: Chromium then reports a generic error ("Node with given id does not
     * belong to the document") rather than a stale element.
     */
    private static <T> java.util.function.Function<WebDriver, T> retriedOnReplacedNode(
            java.util.function.Function<? super WebDriver, T> condition) {
        return d -> {
            try {
                return condition.apply(d);
            } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return null;
                }
                throw e;
            }
        };
    }

    /** Waits until a condition on the page holds (ajax updates included). */
    public <T> T until(java.util.function.Function<WebDriver, T> condition) {
        return waiting().until(retriedOnReplacedNode(condition));
    }

    /** The element that has the keyboard focus. */
    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** Keys pressed as a keyboard user would: they go to the focused element. */
    public void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /** Lays the page out as in a window this many CSS pixels wide (320: WCAG's reflow width, or 200 % zoom at 640). */
    public void emulateWidth(int width) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                java.util.Map.of("width", width, "height", 800, "deviceScaleFactor", 1, "mobile", false));
    }

    /** Back to the window's own size. */
    public void stopEmulatingWidth() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
    }

    public void awaitText(String text) {
        waiting().until(retriedOnReplacedNode(d -> d.findElement(By.tagName("body")).getText().contains(text)));
    }

    public void type(By by, String text) {
        waiting().until(retriedOnReplacedNode(d -> {
            var field = d.findElement(by);
            field.clear();
            field.sendKeys(text);
            return true;
        }));
    }

    public void click(By by) {
        waiting().until(retriedOnReplacedNode(d -> {
            d.findElement(by).click();
            return true;
        }));
    }

    public void screenshot(String name) {
        if (driver == null) {
            return;
        }
        try {
            var dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            // the browser may be gone: the test's own failure matters more
        }
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        screenshot(context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName());
        close();
    }

    @Override
    public void testSuccessful(ExtensionContext context) {
        close();
    }

    @Override
    public void testAborted(ExtensionContext context, Throwable cause) {
        close();
    }

    @Override
    public void close() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }
}

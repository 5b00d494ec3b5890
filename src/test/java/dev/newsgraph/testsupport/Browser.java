package dev.newsgraph.testsupport;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven through its chromedriver (no driver download: Selenium Manager is not
 * asked). Names are resolved for localhost only, so a page that reaches for a CDN finds nothing. Where Chromium is
 * missing the browser tests are skipped, unless NEWSGRAPH_BROWSER_TESTS=required (as .ci/run sets it), which makes
 * a missing browser a failure.
 */
public final class Browser {

    private static final String CHROMIUM = System.getProperty("newsgraph.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("newsgraph.chromedriver", "/usr/bin/chromedriver");
    /** Where the screenshots of a test run go, to be looked at. */
    public static final Path SCREENSHOTS = Path.of("target", "explorer-screenshots");

    private Browser() {
    }

    /** A running browser and its profile folder, which closing removes. */
    public record Session(ChromeDriver driver, Path profile) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            driver.quit();
            TempDirs.delete(profile);
        }
    }

    /** A new headless browser with a window of the given size; fails or skips as the class comment says. */
    public static Session start(int width, int height) throws IOException {
        boolean present = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!present) {
            String why = "no Chromium at " + CHROMIUM + " with a chromedriver at " + CHROMEDRIVER
                    + " (apt-get install chromium chromium-driver)";
            if ("required".equals(System.getenv("NEWSGRAPH_BROWSER_TESTS"))) {
                Assertions.fail(why);
            }
            Assumptions.abort(why);
        }
        Path profile = Files.createTempDirectory("newsgraph-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost",
                "--window-size=" + width + "," + height,
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        return new Session(driver, profile);
    }

    /** Saves what the browser shows as target/explorer-screenshots/NAME.png. */
    public static Path screenshot(ChromeDriver driver, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return file;
    }
}

package kz.egov.e2e.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium driven by ChromeDriver — Debian's {@code chromium} and {@code chromium-driver} packages
 * (/usr/bin/chromium, /usr/bin/chromedriver; {@code -Degov.chromium=} / {@code -Degov.chromedriver=} for others).
 * Nothing is downloaded: the driver and the browser binary are given, so Selenium Manager is never asked. Each browser
 * has a fresh profile under target/. Screenshots go to {@code e2e-tests/target/screenshots/<name>.png}.
 */
final class Browser implements AutoCloseable {

    static final Path ROOT = Path.of(System.getProperty("egov.root", "..")).toAbsolutePath().normalize();
    static final Path TARGET = ROOT.resolve("e2e-tests/target");
    static final Path SCREENSHOTS = TARGET.resolve("screenshots");
    /** Page steps answer in well under a second; this bounds a step the services do asynchronously too. */
    static final Duration STEP = Duration.ofSeconds(30);
    /** Through Kafka and the gateway (routing, АИС «Рынок труда», results reaching their origin). */
    static final Duration ASYNC = Duration.ofSeconds(90);

    final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts headless Chromium; fails (never skips) when the Debian packages are not installed. */
    static Browser start() {
        Path chromium = Path.of(System.getProperty("egov.chromium", "/usr/bin/chromium"));
        Path chromedriver = Path.of(System.getProperty("egov.chromedriver", "/usr/bin/chromedriver"));
        if (!Files.isExecutable(chromium) || !Files.isExecutable(chromedriver)) {
            throw new AssertionError("The browser tests need a real Chromium and ChromeDriver: " + chromium
                    + (Files.isExecutable(chromium) ? " found" : " is MISSING") + ", " + chromedriver
                    + (Files.isExecutable(chromedriver) ? " found" : " is MISSING") + ". Install the Debian packages "
                    + "`chromium` and `chromium-driver` (apt-get install -y chromium chromium-driver; .ci/run does), "
                    + "or point -Degov.chromium= and -Degov.chromedriver= at them.");
        }
        try {
            cleanScreenshotsOnce();
            Path profile = Files.createTempDirectory(Files.createDirectories(TARGET), "chromium-profile-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chromium.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--disable-dev-shm-usage", "--window-size=1366,900", "--lang=ru-RU",
                    "--user-data-dir=" + profile);
            options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort()
                    .withLogFile(TARGET.resolve("chromedriver.log").toFile()).build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(STEP);
            return new Browser(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean cleaned;

    /** This JVM's screenshots only: the ones of an earlier run are removed when the first browser starts. */
    private static synchronized void cleanScreenshotsOnce() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        if (!cleaned) {
            cleaned = true;
            try (var files = Files.list(SCREENSHOTS)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    // ------------------------------------------------------------------------------------------------ actions

    void open(String url) {
        driver.get(url);
    }

    WebElement byId(String id) {
        return driver.findElement(By.id(id));
    }

    boolean present(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    boolean displayed(String id) {
        List<WebElement> e = driver.findElements(By.id(id));
        return !e.isEmpty() && e.get(0).isDisplayed();
    }

    WebElement visible(String id) {
        return until(STEP, ExpectedConditions.visibilityOfElementLocated(By.id(id)), "#" + id + " visible");
    }

    void click(String id) {
        until(STEP, ExpectedConditions.elementToBeClickable(By.id(id)), "#" + id + " clickable").click();
    }

    void type(String id, String text) {
        WebElement e = visible(id);
        e.clear();
        e.sendKeys(text);
    }

    void select(String id, String value) {
        new Select(visible(id)).selectByValue(value);
    }

    /** Sets a value the way a picker does (date inputs take the typed keys in the browser's locale order). */
    void setValue(String id, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", byId(id), value);
    }

    String text(String id) {
        return byId(id).getText();
    }

    String attr(String id, String name) {
        return byId(id).getDomAttribute(name);
    }

    void waitAttr(String id, String name, String value) {
        until(STEP, ExpectedConditions.attributeToBe(By.id(id), name, value), "#" + id + "[" + name + "=" + value + "]");
    }

    void waitText(String id, String contains) {
        until(STEP, ExpectedConditions.textToBePresentInElementLocated(By.id(id), contains),
                "#" + id + " to show «" + contains + "»");
    }

    /** Waits for a condition; on timeout the failure names what was awaited. */
    <T> T until(Duration timeout, Function<WebDriver, T> condition, String what) {
        return until(timeout, Duration.ofMillis(200), condition, what);
    }

    /**
     * The same, polling every {@code every}: for conditions that press the page's refresh button, so that one
     * refresh has answered before the next is asked (answers arriving out of order would show an older state last).
     */
    <T> T until(Duration timeout, Duration every, Function<WebDriver, T> condition, String what) {
        return new WebDriverWait(driver, timeout, every).withMessage("waiting for " + what)
                .ignoring(StaleElementReferenceException.class).ignoring(NoSuchElementException.class)
                .until(condition);
    }

    /** Runs JavaScript with a callback (the last argument), e.g. a fetch from the page's own origin. */
    Object async(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script, args);
    }

    // ------------------------------------------------------------------------------------------------ artifacts

    /** The whole page (beyond the window) as target/screenshots/{name}.png. */
    Path shot(String name) {
        Path file = SCREENSHOTS.resolve(name + ".png");
        byte[] png;
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> metrics = (Map<String, Object>) driver.executeCdpCommand("Page.getLayoutMetrics",
                    Map.of());
            @SuppressWarnings("unchecked")
            Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
            double width = Math.max(1366, ((Number) size.get("width")).doubleValue());
            double height = Math.min(8000, ((Number) size.get("height")).doubleValue());
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                    "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width, "height", height,
                            "scale", 1)));
            png = Base64.getDecoder().decode((String) shot.get("data"));
        } catch (RuntimeException cdpUnavailable) {
            png = driver.getScreenshotAs(OutputType.BYTES);
        }
        try {
            return Files.write(file, png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page as printed (Chromium's print to PDF), as target/screenshots/{name}.pdf. */
    Path printPdf(String name) {
        Path file = SCREENSHOTS.resolve(name + ".pdf");
        try {
            return Files.write(file, Base64.getDecoder().decode(driver.print(new PrintOptions()).getContent()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Renders with the print style sheet (what the printer gets) or the screen's again. */
    void emulatePrint(boolean print) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", print ? "print" : ""));
    }

    String consoleLog() {
        StringBuilder sb = new StringBuilder();
        try {
            for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
                sb.append(e.getLevel()).append(' ').append(e.getMessage()).append('\n');
            }
        } catch (RuntimeException e) {
            sb.append("(no browser log: ").append(e.getMessage()).append(")\n");
        }
        return sb.toString();
    }

    private static void deleteQuietly(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException | UncheckedIOException ignored) {
            // a profile left under target/ is harmless
        }
    }

    /** On a failed test: a screenshot {@code FAILED-<test>.png} and the browser's console in the test output. */
    static final class OnFailure implements AfterTestExecutionCallback {
        private final java.util.function.Supplier<Browser> browser;

        OnFailure(java.util.function.Supplier<Browser> browser) {
            this.browser = browser;
        }

        @Override
        public void afterTestExecution(ExtensionContext context) {
            Browser b = browser.get();
            if (context.getExecutionException().isPresent() && b != null) {
                try {
                    System.out.println("[browser] failed at " + b.driver.getCurrentUrl() + "; screenshot "
                            + b.shot("FAILED-" + context.getRequiredTestMethod().getName()));
                    System.out.println("[browser] console:\n" + b.consoleLog());
                } catch (RuntimeException e) {
                    System.out.println("[browser] no screenshot: " + e);
                }
            }
        }
    }
}

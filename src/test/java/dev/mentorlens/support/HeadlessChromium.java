package dev.mentorlens.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The Debian {@code chromium} without a screen, driven through the {@code chromedriver} of the same package
 * (never one Selenium would download), saving downloads into a folder of the test's. Missing either program
 * fails the test with the command that installs them; {@code .ci/run} installs them when they are missing.
 */
public final class HeadlessChromium {

    private HeadlessChromium() {
    }

    /** A new browser with an empty profile: no cookie, no session. */
    public static ChromeDriver start(Path downloads) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(program("chromium").toFile());
        // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1000", "--lang=en-GB");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "download.directory_upgrade", true,
                "safebrowsing.enabled", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(program("chromedriver").toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /**
     * Saves the whole page, not only the window, to {@code target/browser-screenshots/<name>.png}, for people
     * to look at; the window keeps its width, so the layout is the one a user of that width sees.
     */
    public static Path screenshot(ChromeDriver browser, String name) {
        Dimension window = browser.manage().window().getSize();
        long height = ((Number) browser.executeScript("return document.documentElement.scrollHeight")).longValue();
        browser.manage().window().setSize(new Dimension(window.getWidth(),
                (int) Math.min(Math.max(height, window.getHeight()), 6000)));
        try {
            Path folder = Files.createDirectories(Path.of("target", "browser-screenshots"));
            File shot = browser.getScreenshotAs(OutputType.FILE);
            return Files.copy(shot.toPath(), folder.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            browser.manage().window().setSize(window);
        }
    }

    private static Path program(String name) {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("/usr/bin:/bin");
        return Stream.of(path.split(File.pathSeparator)).map(dir -> Path.of(dir, name)).filter(Files::isExecutable)
                .findFirst().orElseThrow(() -> new AssertionError("The browser tests need '" + name + "', which is"
                        + " not on the PATH; install it with: apt-get install -y chromium chromium-driver"));
    }
}

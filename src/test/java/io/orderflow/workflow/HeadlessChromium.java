package io.orderflow.workflow;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by Debian's chromedriver. Nothing is downloaded: the
 * driver and browser paths are given, so Selenium Manager never runs. Each browser has a
 * fresh profile, deleted on close.
 */
public final class HeadlessChromium implements AutoCloseable {

	private static final String CHROMIUM = "/usr/bin/chromium";

	private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

	final ChromeDriver driver;

	private final Path profile;

	public HeadlessChromium(int width, int height) {
		System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
		try {
			this.profile = Files.createTempDirectory("orderflow-chromium-");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM)
			.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		driver.manage().window().setSize(new Dimension(width, height));
	}

	public ChromeDriver driver() {
		return driver;
	}

	/** Saves what the browser shows as the given PNG file. */
	public Path screenshot(Path target) {
		try {
			Files.createDirectories(target.getParent());
			Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
			return target;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void close() {
		driver.quit();
		try (Stream<Path> files = Files.walk(profile)) {
			files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
		}
		catch (IOException ignored) {
			// a leftover temporary profile does no harm
		}
	}

}

package org.newsroom.pipeline.local.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by its chromedriver, logged in to the console; its
 * screenshots go to {@code target/screenshots}.
 */
public final class Browser implements AutoCloseable {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private final ChromeDriver driver;

	private final URI console;

	private Browser(ChromeDriver driver, URI console) {
		this.driver = driver;
		this.console = console;
	}

	public static boolean isInstalled() {
		return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
	}

	public static Browser open(URI console, Path profile) {
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--no-first-run",
					"--window-size=1400,1000", "--user-data-dir=" + profile.toAbsolutePath());
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		return new Browser(new ChromeDriver(service, options), console);
	}

	public ChromeDriver driver() {
		return this.driver;
	}

	public void go(String path) {
		this.driver.get(this.console.resolve(path).toString());
	}

	public void logIn(String user, String password) {
		go("/login");
		this.driver.findElement(By.id("username")).sendKeys(user);
		this.driver.findElement(By.id("password")).sendKeys(password);
		this.driver.findElement(By.id("login-submit")).click();
	}

	public void logOut() {
		this.driver.findElement(By.id("logout")).click();
	}

	public void screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Files.write(SCREENSHOTS.resolve(name + ".png"), this.driver.getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		this.driver.quit();
	}

}

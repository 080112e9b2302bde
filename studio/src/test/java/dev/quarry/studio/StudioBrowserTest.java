package dev.quarry.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Studio in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, which
 * {@code .ci/run} installs): a person opens the page, edits a cell, adds and deletes rows, follows
 * a relation, meets a foreign-key error and downloads the page as CSV. A screenshot of the grid is kept in {@code target/}.
 */
class StudioBrowserTest {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  static StudioFixture fixture;
  static WebDriver browser;
  static WebDriverWait wait;
  static final Path DOWNLOADS = Path.of("target", "downloads").toAbsolutePath();

  @BeforeAll
  static void start() {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    if (!"true".equals(System.getenv("CI"))) {
      Assumptions.assumeTrue(installed, "Debian's chromium and chromium-driver are not installed (.ci/run installs them)");
    }
    assertTrue(installed, "CI must have /usr/bin/chromium and /usr/bin/chromedriver: .ci/run installs them");
    fixture = new StudioFixture();
    ChromeOptions options = new ChromeOptions();
    options.setExperimentalOption("prefs", Map.of("download.default_directory", DOWNLOADS.toString(),
        "download.prompt_for_download", false));
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--window-size=1400,900");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(10));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (fixture != null) {
      fixture.close();
    }
  }

  private void openModel(String model) {
    browser.get(fixture.studio.url() + "#model=" + model);
    browser.navigate().refresh();
    wait.until(ExpectedConditions.textToBe(By.id("title"), model));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#grid tbody tr")));
  }

  private WebElement row(String key) {
    return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#grid tr[data-key='" + key + "']")));
  }

  @Test
  void aPersonBrowsesEditsAddsDeletesAndFollowsRelations() throws Exception {
    openModel("User");
    assertEquals(3, browser.findElements(By.cssSelector("#grid tbody tr")).size());
    assertTrue(browser.findElement(By.cssSelector("#models li[data-model='User'] .count")).getText().equals("3"));

    // edit a cell inline and save
    WebElement name = row("{\"id\":2}").findElement(By.cssSelector("td[data-field='name']"));
    new Actions(browser).doubleClick(name).perform();
    WebElement editor = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("td[data-field='name'] .cell-editor")));
    editor.sendKeys("Bobby", Keys.ENTER);
    browser.findElement(By.id("save")).click();
    wait.until(d -> fixture.count("select count(*) from users where name = 'Bobby'") == 1);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#grid tr[data-key='{\"id\":2}'] td[data-field='name']"), "Bobby"));

    // add a row through the form; defaults fill the rest
    browser.findElement(By.id("add")).click();
    browser.findElement(By.cssSelector("#add-form [name='email']")).sendKeys("dee@example.com");
    browser.findElement(By.id("add-submit")).click();
    wait.until(d -> fixture.count("select count(*) from users where email = 'dee@example.com'") == 1);
    wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#grid tbody tr"), 4));

    // keep a picture of the grid
    Path shot = Path.of("target", "studio-grid.png");
    Files.createDirectories(shot.getParent());
    File file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(file.toPath(), shot, StandardCopyOption.REPLACE_EXISTING);
    assertTrue(Files.size(shot) > 1000);

    // a to-many count opens the related table, filtered
    row("{\"id\":1}").findElement(By.cssSelector("td[data-relation='posts'] a.rel")).click();
    wait.until(ExpectedConditions.textToBe(By.id("title"), "Post"));
    wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#grid tbody tr"), 2));
    assertTrue(browser.getCurrentUrl().contains("model=Post") && browser.getCurrentUrl().contains("authorId"), browser.getCurrentUrl());

    // a foreign key links to the related row
    browser.findElement(By.cssSelector("#grid tbody tr td[data-field='authorId'] a.fk")).click();
    wait.until(ExpectedConditions.textToBe(By.id("title"), "User"));
    wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#grid tbody tr"), 1));
  }

  @Test
  void deletingRowsAsksFirstAndShowsForeignKeyErrors() {
    openModel("User");
    // Ada still has a todo: the database refuses, the page says why, nothing is deleted
    row("{\"id\":1}").findElement(By.cssSelector("input.select")).click();
    browser.findElement(By.id("delete")).click();
    wait.until(ExpectedConditions.alertIsPresent()).accept();
    WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
    assertTrue(error.getText().contains("still referenced through Todo.user"), error.getText());
    assertEquals(1, fixture.count("select count(*) from users where id = 1"));

    // a post can go, once confirmed
    openModel("Post");
    List<WebElement> before = browser.findElements(By.cssSelector("#grid tbody tr"));
    before.get(before.size() - 1).findElement(By.cssSelector("input.select")).click();
    browser.findElement(By.id("delete")).click();
    wait.until(ExpectedConditions.alertIsPresent()).accept();
    wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#grid tbody tr"), before.size() - 1));

    // the console shows the statements and their parameters
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#console li.sql")));
    assertTrue(browser.findElement(By.id("console")).getText().contains("delete from"));
  }

  @Test
  void csvDownloadsThePageAsShown() throws Exception {
    Path file = DOWNLOADS.resolve("users-page1.csv");
    Files.createDirectories(DOWNLOADS);
    Files.deleteIfExists(file);
    fixture.database.executeRaw("insert into users (email, name) values ('formula@example.com', ?)", "=cmd|' /C calc'!A0");
    openModel("User");
    int shown = browser.findElements(By.cssSelector("#grid tbody tr")).size();

    browser.findElement(By.id("csv")).click();
    wait.until(d -> Files.exists(file));

    List<String> lines = Files.readAllLines(file);
    assertEquals(shown + 1, lines.size(), lines.toString());
    assertEquals("id,email,name", lines.get(0));
    assertTrue(lines.contains("\"1\",\"ada@example.com\",\"Ada\""), lines.toString());
    assertTrue(lines.stream().anyMatch(line -> line.endsWith("\"formula@example.com\",\"'=cmd|' /C calc'!A0\"")),
        "a formula is neutralised: " + lines);
    fixture.database.executeRaw("delete from users where email = 'formula@example.com'");
  }
}

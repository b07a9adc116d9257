package org.fieldsupport.platform.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.fieldsupport.platform.security.UserDirectory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The main journey in a real browser (Debian's chromium + chromedriver, headless): sign in, switch to
 * French, see French navigation, sign out. Skipped with a message when the browser is missing, unless
 * FSP_BROWSER_REQUIRED=true (set by .ci/run), in which case a missing browser fails the build.
 * The only test class with a real server (a second Spring context).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserJourneyTests {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @LocalServerPort int port;
    @Autowired ObjectProvider<UserDirectory> users;
    String adminLanguageBefore;
    WebDriver browser;
    WebDriverWait wait;

    static boolean browserRequired() {
        return "true".equalsIgnoreCase(System.getenv("FSP_BROWSER_REQUIRED"))
                || "true".equalsIgnoreCase(System.getProperty("fsp.browser.required"));
    }

    @BeforeAll
    static void browserIsInstalled() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && browserRequired()) {
            fail("FSP_BROWSER_REQUIRED=true but " + CHROMIUM + " or " + CHROMEDRIVER
                    + " is missing: apt-get install -y chromium chromium-driver");
        }
        Assumptions.assumeTrue(installed, () -> "Browser tests skipped: " + CHROMIUM + " or " + CHROMEDRIVER
                + " is not installed (apt-get install -y chromium chromium-driver; set FSP_BROWSER_REQUIRED=true to fail instead)");
    }

    @BeforeEach
    void startBrowser() throws IOException {
        // switching language saves the admin's preference in the shared test database: restore it afterwards
        UserDirectory directory = users.getIfAvailable();
        adminLanguageBefore = directory == null ? null
                : directory.find("admin").map(UserDirectory.UserProfile::preferredLanguage).orElse(null);
        // Chromium fails after 60 s when its profile path contains "..": use a normalised absolute path.
        Path home = Path.of("target", "browser-home").toAbsolutePath().normalize();
        for (String dir : new String[] {"config", "cache", "tmp"}) {
            Files.createDirectories(home.resolve(dir));
        }
        Path profile = Files.createTempDirectory(home, "profile-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,900", "--lang=en-US", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(new File(home.toFile(), "chromedriver.log"))
                .build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
        UserDirectory directory = users.getIfAvailable();
        if (directory != null && adminLanguageBefore != null) {
            directory.savePreferredLanguage("admin", adminLanguageBefore);
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** The navigation's text as written (getText() would return the CSS upper-cased area labels). */
    private String navigationText() {
        return browser.findElement(By.id("main-nav")).getDomProperty("textContent");
    }

    @Test
    void an_administrator_signs_in_switches_to_french_sees_french_navigation_and_signs_out() {
        browser.get(url("/"));
        wait.until(ExpectedConditions.urlContains("/login"));

        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys("admin");
        browser.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("main-nav")));
        assertThat(navigationText()).contains("Department");

        browser.findElement(By.id("lang-fr")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "fr"));
        String navigation = navigationText();
        assertThat(navigation).contains("Département", "Tableau de bord").doesNotContain("Dashboard");

        // the shell fits a 360 px wide phone without horizontal scrolling
        browser.manage().window().setSize(new Dimension(360, 800));
        Object overflow = ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue()).as("horizontal overflow in px at 360 px").isLessThanOrEqualTo(0);

        browser.findElement(By.id("logout")).click();
        wait.until(ExpectedConditions.urlContains("/login"));
        assertThat(browser.findElements(By.id("username"))).isNotEmpty();
    }

    private void signIn(String username) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(username);
        browser.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("main-nav")));
    }

    private void signOut() {
        browser.findElement(By.id("logout")).click();
        wait.until(ExpectedConditions.urlContains("/login"));
    }

    /** Clicks a workflow button on a report's page and waits for the status shown to become {@code status}. */
    private void act(String reportUrl, String button, String status) {
        browser.get(reportUrl + "?lang=en");
        browser.findElement(By.id(button)).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#status strong"), status));
    }

    @Test
    void a_verification_report_goes_from_the_mission_to_certification_through_the_screens() {
        // the mission COE unit computes September 2026 for the demo Bangladesh engineering company and submits it
        signIn("mission.coe.minusca");
        browser.get(url("/claims/verification-reports/new?lang=en"));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("contingent")))
                .selectByVisibleText("MINUSCA · BGD · Engineering company (DEMO-MINUSCA-BGD)");
        // month inputs differ between browsers' pickers: set the value the form posts (YYYY-MM)
        ((JavascriptExecutor) browser).executeScript(
                "document.getElementById('from').value = '2026-09'; document.getElementById('to').value = '2026-09';");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("action-submit")));
        String report = browser.getCurrentUrl().replaceAll("\\?.*$", "");
        assertThat(report).matches(".*/claims/verification-reports/\\d+");
        act(report, "action-submit", "submitted");
        signOut();

        // issue 10 done-when: the reviewer finds the report in "my work", opens it from there and acts
        String path = report.replaceAll("^https?://[^/]+", "");
        signIn("hq.coe.reviewer");
        openFromMyWork(path);
        browser.findElement(By.id("action-review")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#status strong"), "technically reviewed"));
        signOut();

        // ... and the certifier gets it in theirs; the certification is confirmed on a page that shows the amount
        // and the delegation of authority that will be used (up to 1,000,000 USD for MINUSCA: it covers)
        signIn("claims.certifier");
        openFromMyWork(path);
        browser.findElement(By.id("action-certify")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("certify-delegation")));
        assertThat(browser.findElement(By.id("certify-delegation")).getText()).contains("claims.certifier");
        assertThat(browser.findElement(By.id("certify-amount")).getText()).contains("$");
        browser.findElement(By.id("action-certify-confirm")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#status strong"), "certified"));
        assertThat(browser.findElement(By.id("done")).getText()).contains("use of your delegation of authority was logged");
        // payments are treasury's, never the certifier's (segregation of duties)
        assertThat(browser.findElements(By.id("action-payment"))).isEmpty();
        signOut();

        signIn("treasury.officer");
        browser.get(report + "?lang=en");
        assertThat(browser.findElements(By.id("action-payment"))).isNotEmpty();
        signOut();
    }

    /** Opens "my work" and follows the item that links to {@code path}. */
    private void openFromMyWork(String path) {
        browser.get(url("/work?lang=en"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("work-items")));
        browser.findElement(By.cssSelector("#work-items a[href='" + path + "']")).click();
        wait.until(ExpectedConditions.urlContains(path));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#status strong")));
    }

    /** Per table wrapper of the page's content: how many pixels its table is wider than the wrapper (> 0 = scrolls). */
    @SuppressWarnings("unchecked")
    private List<Number> tableOverflows() {
        return (List<Number>) ((JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll('main .table-wrap'))"
                        + ".map(function (w) { return w.scrollWidth - w.clientWidth; });");
    }

    @Test
    void the_claims_tables_of_figures_fit_a_1400_px_window_in_french_and_english() {
        signIn("admin");
        browser.manage().window().setSize(new Dimension(1400, 900));
        Number inner = (Number) ((JavascriptExecutor) browser).executeScript("return window.innerWidth;");
        assertThat(inner.intValue()).as("window width measured").isBetween(1360, 1400);
        for (String language : List.of("fr", "en")) {
            for (String page : List.of("/claims/reports/shortfalls?month=2026-09", "/claims/missions")) {
                browser.get(url(page + (page.contains("?") ? "&" : "?") + "lang=" + language));
                wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", language));
                if (page.contains("shortfalls")) {
                    assertThat(browser.findElements(By.id("shortfalls-by-mission"))).as("the by-mission table")
                            .isNotEmpty();
                }
                List<Number> overflows = tableOverflows();
                assertThat(overflows).as("tables on " + page + " (" + language + ")").isNotEmpty();
                assertThat(overflows).as("horizontal overflow in px of each table on " + page + " in " + language
                        + " at 1400 px").allSatisfy(o -> assertThat(o.intValue()).isLessThanOrEqualTo(0));
            }
        }
    }
}

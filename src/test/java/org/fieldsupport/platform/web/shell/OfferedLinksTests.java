package org.fieldsupport.platform.web.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 12.4, "show only what the role can use", without a browser: for one demo user of every role (the same choice
 * as the browser sweep), every entry of the menu answers the user (200), and every link the home page and the menu's
 * pages offer inside {@code main} does not answer 401 or 403 (nor 5xx): the menu, the dashboard and the pages' own
 * links are built from the same access rules the pages check. A module that adds a menu entry, a card or a link for
 * roles its page refuses fails here, in seconds, rather than in the browser sweep.
 */
@IntegrationTest
class OfferedLinksTests {

    /** Links under a page that are not pages (exports, files, the API, a language switch). */
    static final Pattern NOT_A_PAGE = Pattern.compile(
            "^/(api|swagger|v3|webjars|css|js|images|actuator)/|export|download|\\.(pdf|csv|xlsx|docx|svg|zip|png)$"
                    + "|format=|/files/|lang=|^/logout", Pattern.CASE_INSENSITIVE);
    static final Pattern HREF = Pattern.compile("<a\\b[^>]*\\bhref=\"([^\"#]*)\"", Pattern.CASE_INSENSITIVE);

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;

    /** One demo user per role: the alphabetically first enabled holder (as BrowserSweepTests). */
    private Map<String, String> userPerRole() {
        Map<String, String> users = new LinkedHashMap<>();
        jdbc.query("""
                SELECT ra.role_name, MIN(u.username) FROM role_assignment ra JOIN app_user u ON u.id = ra.user_id
                WHERE u.enabled = TRUE GROUP BY ra.role_name ORDER BY ra.role_name""",
                rs -> { users.put(rs.getString(1), rs.getString(2)); });
        return users;
    }

    private MockHttpServletResponse fetch(String username, MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).with(user(username)).session(session).header("Accept", "text/html"))
                .andReturn().getResponse();
    }

    static List<String> links(String html, String from) {
        List<String> links = new ArrayList<>();
        if (html == null) {
            return links;
        }
        Matcher m = HREF.matcher(html);
        while (m.find()) {
            String href = m.group(1).replace("&amp;", "&");
            if (href.isEmpty() || href.startsWith("http:") || href.startsWith("https:") || href.startsWith("mailto:")
                    || href.startsWith("//") || href.startsWith("javascript:")) {
                continue;
            }
            if (!href.startsWith("/")) {
                href = from.substring(0, from.lastIndexOf('/') + 1) + href;   // relative to the page
            }
            if (!NOT_A_PAGE.matcher(href).find()) {
                links.add(href);
            }
        }
        return links;
    }

    static String between(String html, String start, String end) {
        int from = html.indexOf(start);
        if (from < 0) {
            return "";
        }
        int to = html.indexOf(end, from);
        return html.substring(from, to < 0 ? html.length() : to);
    }

    /**
     * The demo users swept by default (a few seconds each): a unit officer (LSD), an action officer who contributes to
     * reports (MCMS) and a mission budget officer, who were offered coverage links, a rate-table link and work items
     * their pages refused. {@code -Dfsp.offered-links.all-roles=true} sweeps one demo user of every role instead.
     */
    static final List<String> USERS = List.of("lsd.officer", "action.mcms", "budget.minusca");

    /** Links fetched per user: one of each shape (digits folded), at most this many. */
    static final int LINKS_PER_USER = 120;

    @Test
    void the_menu_and_the_pages_offer_a_role_only_what_answers_it() throws Exception {
        List<String> users = Boolean.getBoolean("fsp.offered-links.all-roles")
                ? new ArrayList<>(new LinkedHashSet<>(userPerRole().values())) : USERS;
        Map<String, Set<String>> refused = new LinkedHashMap<>();
        int linksChecked = 0;
        for (String username : users) {
            MockHttpSession session = new MockHttpSession();
            MockHttpServletResponse homePage = fetch(username, session, "/?lang=en");
            assertThat(homePage.getStatus()).as(username + " home").isEqualTo(200);
            String home = homePage.getContentAsString(StandardCharsets.UTF_8);
            List<String> menu = links(between(home, "<nav id=\"main-nav\"", "</nav>"), "/");
            assertThat(menu).as(username + " menu").isNotEmpty();
            Map<String, String> offered = new LinkedHashMap<>();   // link -> the page offering it
            links(between(home, "<main", "</main>"), "/").forEach(l -> offered.putIfAbsent(l, "/"));
            for (String path : menu) {
                MockHttpServletResponse page = fetch(username, session, path);
                if (page.getStatus() != 200) {
                    refused.computeIfAbsent("menu " + path, k -> new TreeSet<>())
                            .add(username + ": HTTP " + page.getStatus());
                    continue;
                }
                links(between(page.getContentAsString(StandardCharsets.UTF_8), "<main", "</main>"), path)
                        .forEach(l -> offered.putIfAbsent(l, path));
            }
            Set<String> shapes = new LinkedHashSet<>();
            menu.forEach(m -> shapes.add(m.replaceAll("\\d+", "{n}")));
            int fetched = 0;
            for (Map.Entry<String, String> link : offered.entrySet()) {
                if (!shapes.add(link.getKey().replaceAll("\\d+", "{n}")) || fetched >= LINKS_PER_USER) {
                    continue;
                }
                fetched++;
                int status = fetch(username, session, link.getKey()).getStatus();
                if (status == 401 || status == 403 || status >= 500) {
                    refused.computeIfAbsent("link " + link.getKey(), k -> new TreeSet<>())
                            .add(username + ": HTTP " + status + " on " + link.getValue());
                }
            }
            linksChecked += fetched;
        }
        assertThat(linksChecked).as("links checked").isGreaterThan(10);
        StringBuilder report = new StringBuilder();
        refused.forEach((k, v) -> report.append(k).append("  ").append(v).append('\n'));
        assertThat(refused).as("menu entries and links offered to a role that refuses it:\n" + report).isEmpty();
    }
}

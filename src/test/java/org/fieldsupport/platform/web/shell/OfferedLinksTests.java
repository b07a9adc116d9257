package org.fieldsupport.platform.web.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 12.4, "show only what the role can use", without a browser: for one demo user of every role (the same choice
 * as the browser sweep), every entry of the menu answers the user (200), and every link the home page and the menu's
 * pages offer inside {@code main} does not answer 401 or 403 (nor 5xx): the menu, the dashboard and the pages' own
 * links are built from the same access rules the pages check; and no POST form those pages show answers 403 (each
 * posted once with its hidden fields, in a transaction rolled back). A module that adds a menu entry, a card or a link for
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
    @Autowired PlatformTransactionManager transactions;

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
        return mvc.perform(get(java.net.URI.create(path)).with(user(username)).session(session)
                        .header("Accept", "text/html"))
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
            if (!NOT_A_PAGE.matcher(href).find() && !href.contains("{") && !href.contains(" ")) {
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

    static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    static final Pattern ATTR_METHOD_POST = Pattern.compile("\\bmethod=\"post\"", Pattern.CASE_INSENSITIVE);
    static final Pattern ATTR_ACTION = Pattern.compile("\\baction=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    static final Pattern HIDDEN = Pattern.compile("<input\\b(?=[^>]*\\btype=\"hidden\")[^>]*>", Pattern.CASE_INSENSITIVE);
    /** A field the user fills in: such forms are not posted empty (their check may need the field's value). */
    static final Pattern FILLED_IN = Pattern.compile(
            "<textarea\\b|<select\\b|<input\\b(?![^>]*\\btype=\"(hidden|submit|button)\")", Pattern.CASE_INSENSITIVE);
    static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"");
    static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"");

    /** A POST button inside {@code main} (a form with hidden fields only): its action and its hidden fields. */
    record PostForm(String action, Map<String, String> hidden) { }

    static List<PostForm> postForms(String main, String from) {
        List<PostForm> forms = new ArrayList<>();
        Matcher m = FORM.matcher(main);
        while (m.find()) {
            Matcher action = ATTR_ACTION.matcher(m.group(1));
            if (!ATTR_METHOD_POST.matcher(m.group(1)).find() || !action.find()) {
                continue;
            }
            String target = action.group(1).replace("&amp;", "&");
            if (target.isEmpty() || target.startsWith("http") || target.startsWith("//") || target.contains("{")
                    || target.contains(" ")) {
                continue;
            }
            if (!target.startsWith("/")) {
                target = from.substring(0, from.lastIndexOf('/') + 1) + target;
            }
            if (FILLED_IN.matcher(m.group(2)).find()) {
                continue;   // a form the user fills in: its access check may depend on what they pick (a unit, a post)
            }
            Map<String, String> hidden = new LinkedHashMap<>();
            Matcher input = HIDDEN.matcher(m.group(2));
            while (input.find()) {
                Matcher name = NAME.matcher(input.group());
                Matcher value = VALUE.matcher(input.group());
                if (name.find() && !"_csrf".equals(name.group(1))) {
                    hidden.put(name.group(1), value.find() ? value.group(1).replace("&amp;", "&") : "");
                }
            }
            forms.add(new PostForm(target, hidden));
        }
        return forms;
    }

    /**
     * Posts the form as the user with only its hidden fields, inside a transaction rolled back afterwards (MockMvc runs
     * the request on this thread, so the application's work joins it): nothing the post changes stays. Returns the
     * status: 403 is an action the page offered that the role may not take; anything else (a redirect, a refusal of
     * the missing fields, a rule) means the access check let the user through.
     */
    private int postRolledBack(String username, MockHttpSession session, PostForm form) {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        Integer status = tx.execute(state -> {
            state.setRollbackOnly();
            try {
                var request = post(java.net.URI.create(form.action())).with(user(username)).with(csrf()).session(session)
                        .header("Accept", "text/html");
                form.hidden().forEach(request::param);
                return mvc.perform(request).andReturn().getResponse().getStatus();
            } catch (Exception e) {
                return 500;
            }
        });
        return status == null ? 500 : status;
    }

    /**
     * The demo users swept by default (a few seconds each): a unit officer (LSD), an action officer who contributes to
     * reports (MCMS) and a mission budget officer, who were offered coverage links, a rate-table link and work items
     * their pages refused. {@code -Dfsp.offered-links.all-roles=true} sweeps one demo user of every role instead.
     */
    static final List<String> USERS = List.of("lsd.officer", "action.mcms", "budget.minusca");

    /** Links fetched per user: one of each shape (digits folded), at most this many. */
    static final int LINKS_PER_USER = 60;

    @Test
    void the_menu_and_the_pages_offer_a_role_only_what_answers_it() throws Exception {
        List<String> users = Boolean.getBoolean("fsp.offered-links.all-roles")
                ? new ArrayList<>(new LinkedHashSet<>(userPerRole().values())) : USERS;
        Map<String, Set<String>> refused = new LinkedHashMap<>();
        int linksChecked = 0;
        int formsChecked = 0;
        for (String username : users) {
            MockHttpSession session = new MockHttpSession();
            MockHttpServletResponse homePage = fetch(username, session, "/?lang=en");
            assertThat(homePage.getStatus()).as(username + " home").isEqualTo(200);
            String home = homePage.getContentAsString(StandardCharsets.UTF_8);
            List<String> menu = links(between(home, "<nav id=\"main-nav\"", "</nav>"), "/");
            assertThat(menu).as(username + " menu").isNotEmpty();
            Map<String, String> offered = new LinkedHashMap<>();   // link -> the page offering it
            Map<String, PostForm> forms = new LinkedHashMap<>();   // action shape -> a form posting there
            links(between(home, "<main", "</main>"), "/").forEach(l -> offered.putIfAbsent(l, "/"));
            for (String path : menu) {
                MockHttpServletResponse page = fetch(username, session, path);
                if (page.getStatus() != 200) {
                    refused.computeIfAbsent("menu " + path, k -> new TreeSet<>())
                            .add(username + ": HTTP " + page.getStatus());
                    continue;
                }
                String main = between(page.getContentAsString(StandardCharsets.UTF_8), "<main", "</main>");
                links(main, path).forEach(l -> offered.putIfAbsent(l, path));
                postForms(main, path).forEach(f -> forms.putIfAbsent(f.action().replaceAll("\\d+", "{n}"), f));
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
            // the POST buttons and forms the menu's pages show the user: each posted once (one per action shape) with
            // its hidden fields only, rolled back; a 403 is an action shown to a role that would refuse it
            for (PostForm form : forms.values()) {
                if (postRolledBack(username, session, form) == 403) {
                    refused.computeIfAbsent("post " + form.action(), k -> new TreeSet<>())
                            .add(username + ": HTTP 403");
                }
            }
            formsChecked += forms.size();
        }
        assertThat(linksChecked).as("links checked").isGreaterThan(10);
        assertThat(formsChecked).as("POST forms checked").isPositive();
        StringBuilder report = new StringBuilder();
        refused.forEach((k, v) -> report.append(k).append("  ").append(v).append('\n'));
        assertThat(refused).as("menu entries and links offered to a role that refuses it:\n" + report).isEmpty();
    }
}

package org.fieldsupport.support;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Part of {@link IntegrationTest}: whatever languages a test class switched users to (a page asked for with
 * {@code ?lang=} saves the preference), the next class finds them as they were.
 */
public class UserLanguagesRestored implements BeforeAllCallback, AfterAllCallback {

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(UserLanguagesRestored.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NS).put("languages", UserLanguages.remember(SpringExtension.getApplicationContext(context)));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        UserLanguages languages = context.getStore(NS).get("languages", UserLanguages.class);
        if (languages != null) {
            languages.restore();
        }
    }
}

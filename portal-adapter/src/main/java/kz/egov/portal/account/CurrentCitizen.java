package kz.egov.portal.account;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

/** The citizen of the current HTTP call, once known (signed in, or the account being signed in to). */
@RequestScoped
public class CurrentCitizen {

    private String language;

    void knownLanguage(String language) {
        this.language = language;
    }

    public Optional<String> language() {
        return Optional.ofNullable(language);
    }
}

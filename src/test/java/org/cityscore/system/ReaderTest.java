package org.cityscore.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who may read which city, decided from the signed-in person's authorities alone: a visitor who has not signed in
 * may read no city (public pages ask for published results instead), a trainer their own cities, an admin all.
 */
class ReaderTest {

    private final Reader reader = new Reader(null);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aVisitorWhoHasNotSignedInMayReadOrChangeNoCity() {
        signIn(new AnonymousAuthenticationToken(
                "key", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        assertThat(reader.isAdmin()).isFalse();
        assertThat(reader.mayRead(1L)).isFalse();
        assertThat(reader.mayWriteAny()).isFalse();
        assertThat(reader.cities()).contains(Set.of());
    }

    @Test
    void aTrainerReadsTheirCitiesAndAnAdminEveryCity() {
        signIn(person("ROLE_TRAINER", "CITY_7"));
        assertThat(reader.mayRead(7L)).isTrue();
        assertThat(reader.mayRead(8L)).isFalse();
        assertThat(reader.mayFinalise(7L)).isTrue();
        signIn(person("ROLE_ADMIN"));
        assertThat(reader.mayRead(8L)).isTrue();
    }

    private static Authentication person(String... authorities) {
        return UsernamePasswordAuthenticationToken.authenticated(
                "someone", null, List.copyOf(AuthorityUtils.createAuthorityList(authorities)));
    }

    private static void signIn(Authentication authentication) {
        SecurityContextHolder.getContext().setAuthentication(authentication);
    }
}

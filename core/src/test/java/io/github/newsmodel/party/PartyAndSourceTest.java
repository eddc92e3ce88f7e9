package io.github.newsmodel.party;

import static io.github.newsmodel.fixtures.Reports.assertNoProblems;
import static io.github.newsmodel.fixtures.Reports.assertOnlyError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.newsmodel.extension.Extensions;
import io.github.newsmodel.extension.JsonValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;

class PartyAndSourceTest {

  private static final Extensions EXT = Extensions.of(Map.of("orcid", JsonValue.string("0000")));

  private static Party fullParty() {
    return Party.builder(PartyKind.PERSON, "Мурат Нуртлеу")
        .role("speaker")
        .url("https://example.kz/people/nurtleu")
        .uri("urn:example:person:1")
        .jobTitle("Министр иностранных дел")
        .logoUrl("https://example.kz/logo.png")
        .extensions(EXT)
        .build();
  }

  private static Source fullSource() {
    return Source.builder("El.kz")
        .addRole(SourceRoles.RELAYED_FROM)
        .addRole(SourceRoles.AGENCY)
        .url("https://el.kz/")
        .uri("urn:example:source:elkz")
        .kind(PartyKind.ORGANIZATION)
        .extensions(EXT)
        .build();
  }

  @Test
  void everyPartySetterReachesItsAccessorAndRoundTrips() {
    Party p = fullParty();

    assertThat(p.kind()).isEqualTo(PartyKind.PERSON);
    assertThat(p.name()).isEqualTo("Мурат Нуртлеу");
    assertThat(p.role()).isEqualTo("speaker");
    assertThat(p.url()).isEqualTo("https://example.kz/people/nurtleu");
    assertThat(p.uri()).isEqualTo("urn:example:person:1");
    assertThat(p.jobTitle()).isEqualTo("Министр иностранных дел");
    assertThat(p.logoUrl()).isEqualTo("https://example.kz/logo.png");
    assertThat(p.extensions()).isEqualTo(EXT);
    assertThat(p.toBuilder().build()).isEqualTo(p).hasSameHashCodeAs(p);
    assertNoProblems(p);
  }

  @Test
  void partyFactoriesAndWithCopies() {
    assertThat(Party.person("A").kind()).isEqualTo(PartyKind.PERSON);
    assertThat(Party.organization("ООН").kind()).isEqualTo(PartyKind.ORGANIZATION);
    assertThat(fullParty().withRole("author").role()).isEqualTo("author");
    assertThat(fullParty().withUrl(null).url()).isNull();
    assertThat(fullParty().withRole("author").withRole("speaker")).isEqualTo(fullParty());
  }

  @Test
  void partyBuilderChangesAfterBuildDoNotLeak() {
    Party.Builder builder = Party.builder(PartyKind.PERSON, "A");
    Party built = builder.build();
    builder.name("B").role("x");

    assertThat(built.name()).isEqualTo("A");
    assertThat(built.role()).isNull();
  }

  @Test
  void partyRequiredValuesAreNamedWhenNull() {
    assertThatThrownBy(() -> Party.builder().name("A").build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("kind is required but was null");
    assertThatThrownBy(() -> Party.builder().kind(PartyKind.PERSON).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("name is required but was null");
    assertThatThrownBy(() -> Party.person(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("name");
  }

  @Test
  void partyConstraintsReportPathAndCode() {
    assertOnlyError(fullParty().toBuilder().name(" ").build(), "name", "required");
    assertOnlyError(fullParty().withUrl("javascript:alert(1)"), "url", "url.scheme");
    assertOnlyError(
        fullParty().toBuilder().logoUrl("https://user:pw@example.kz/l.png").build(),
        "logoUrl",
        "url.userinfo");
    assertOnlyError(
        fullParty().toBuilder().jobTitle("\u202EМинистр").build(), "jobTitle", "text.bidi");
    assertOnlyError(fullParty().withRole("a\tb\u0001"), "role", "text.control");
  }

  @Test
  void everySourceSetterReachesItsAccessorAndRoundTrips() {
    Source s = fullSource();

    assertThat(s.name()).isEqualTo("El.kz");
    assertThat(s.roles()).containsExactly(SourceRoles.RELAYED_FROM, SourceRoles.AGENCY);
    assertThat(s.url()).isEqualTo("https://el.kz/");
    assertThat(s.uri()).isEqualTo("urn:example:source:elkz");
    assertThat(s.kind()).isEqualTo(PartyKind.ORGANIZATION);
    assertThat(s.extensions()).isEqualTo(EXT);
    assertThat(s.toBuilder().build()).isEqualTo(s).hasSameHashCodeAs(s);
    assertNoProblems(s);
  }

  @Test
  void sourceOfKeepsRolesInOrder() {
    assertThat(Source.of("МИД РК", SourceRoles.ORIGINATOR, SourceRoles.PUBLISHER).roles())
        .containsExactly("originator", "publisher");
    assertThat(Source.of("МИД РК").roles()).isEmpty();
    assertThat(fullSource().withUrl("https://el.kz/ru").url()).isEqualTo("https://el.kz/ru");
  }

  @Test
  void sourceRolesAreCopiedAndUnmodifiable() {
    List<String> roles = new ArrayList<>(List.of(SourceRoles.ORIGINATOR));
    Source.Builder builder = Source.builder("МИД РК").roles(roles);
    roles.add(SourceRoles.AGENCY);
    Source built = builder.build();
    builder.addRole(SourceRoles.PUBLISHER);

    assertThat(built.roles()).containsExactly(SourceRoles.ORIGINATOR);
    assertThatThrownBy(() -> built.roles().add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void sourceNullsAreRejectedNamingTheField() {
    assertThatThrownBy(() -> Source.builder().build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("name is required but was null");
    assertThatThrownBy(() -> Source.builder("x").roles(Arrays.asList("a", null)).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("roles[1]");
    assertThatThrownBy(() -> Source.of("x", (String) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("role");
  }

  @Test
  void sourceConstraintsReportPathAndCode() {
    assertOnlyError(fullSource().toBuilder().name("").build(), "name", "required");
    assertOnlyError(fullSource().withUrl("el.kz"), "url", "url.scheme");
  }

  @Test
  void equalsContracts() {
    EqualsVerifier.forClass(Party.class).suppress(Warning.NULL_FIELDS).verify();
    EqualsVerifier.forClass(Source.class).suppress(Warning.NULL_FIELDS).verify();
  }
}

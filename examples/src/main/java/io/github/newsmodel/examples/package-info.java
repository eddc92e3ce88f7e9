/**
 * Runnable examples of newsmodel, each a small class with a {@code main} method, and {@link
 * io.github.newsmodel.examples.Demo}, which walks through all of them.
 *
 * <p>The article used throughout is built by {@link
 * io.github.newsmodel.examples.SeedArticleExample}: a Russian-language news item about Kazakhstan
 * at the Second Meeting of States Parties to the Treaty on the Prohibition of Nuclear Weapons
 * (TPNW, ДЗЯО), relayed from El.kz citing the Ministry of Foreign Affairs.
 */
@org.jspecify.annotations.NullMarked
package io.github.newsmodel.examples;

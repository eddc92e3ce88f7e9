/**
 * The {@code newsmodel} command-line tool: validates, converts and shares news articles.
 *
 * <p>Entry point: {@link io.github.newsmodel.examples.cli.NewsmodelCli}. Every format is one small
 * {@link io.github.newsmodel.examples.cli.FormatCodec} chosen by {@link
 * io.github.newsmodel.examples.cli.Formats}; arguments are parsed by {@link
 * io.github.newsmodel.examples.cli.Arguments}. The command-line contract (commands, options, exit
 * codes, report forms) is described in {@code examples/README.md}.
 */
@org.jspecify.annotations.NullMarked
package io.github.newsmodel.examples.cli;

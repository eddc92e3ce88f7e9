package io.github.newsmodel.json.schemaorg;

import io.github.newsmodel.article.Engagement;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads and names {@code interactionStatistic} counters: {@code ReadAction} (also {@code
 * ViewAction}, {@code WatchAction}) is views, {@code ShareAction} shares, {@code CommentAction}
 * comments, {@code LikeAction} (also {@code ReactAction}) reactions; {@code commentCount} is read
 * as comments too, a CommentAction counter wins. Other counters are reported as warnings and not
 * kept.
 */
final class Counters {
  static final String VIEWS = "ReadAction";
  static final String SHARES = "ShareAction";
  static final String COMMENTS = "CommentAction";
  static final String REACTIONS = "LikeAction";

  private Counters() {}

  static @Nullable Engagement read(Located property, Located commentCount, Values values) {
    Engagement.Builder engagement = Engagement.builder();
    boolean any = false;
    if (!commentCount.isAbsent()) {
      Long comments = values.number(commentCount);
      if (comments != null) {
        engagement.comments(comments);
        values.sink().origin("engagement.comments", commentCount.pointer());
        any = true;
      }
    }
    for (Located item : property.items()) {
      Located counter = values.graph().resolve(item);
      if (!counter.node().isObject()) {
        values.mismatch(counter, "an InteractionCounter object");
        continue;
      }
      String type = interactionType(counter.get("interactionType"));
      Located countNode = counter.get("userInteractionCount");
      if (countNode.isAbsent()) {
        continue;
      }
      Long count = values.number(countNode);
      if (count == null) {
        continue;
      }
      String field;
      switch (type == null ? "" : type) {
        case "ReadAction", "ViewAction", "WatchAction" -> {
          engagement.views(count);
          field = "views";
        }
        case "ShareAction" -> {
          engagement.shares(count);
          field = "shares";
        }
        case "CommentAction" -> {
          engagement.comments(count);
          field = "comments";
        }
        case "LikeAction", "ReactAction" -> {
          engagement.reactions(count);
          field = "reactions";
        }
        default -> {
          values
              .sink()
              .warning(
                  counter.get("interactionType").pointer(),
                  "jsonld.interaction.unknown",
                  "interaction type "
                      + (type == null ? "(none)" : type)
                      + " is not one of ReadAction, ShareAction, CommentAction, LikeAction; not kept");
          continue;
        }
      }
      values.sink().origin("engagement." + field, countNode.pointer());
      any = true;
    }
    return any ? engagement.build() : null;
  }

  private static @Nullable String interactionType(Located value) {
    Located item = Values.first(value);
    if (item == null) {
      return null;
    }
    JsonNode node = item.node();
    if (node.isString()) {
      return Types.simple(node.stringValue());
    }
    List<String> types = Types.of(node);
    if (!types.isEmpty()) {
      return types.get(0);
    }
    String id = NodeGraph.idOf(node);
    return id == null ? null : Types.simple(id);
  }
}

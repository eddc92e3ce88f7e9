package io.github.newsmodel.json.ninjs;

import io.github.newsmodel.extension.JsonValue;
import io.github.newsmodel.json.internal.Fields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A text list ({@code headlines}, {@code descriptions}, {@code bodies}) as the streaming fast path
 * reads it: items of {@code {role, contentType, value}} (bodies may add {@code charCount} and
 * {@code wordCount}), each with the order of its members, so that the list template {@link
 * Slots#record} would store is built without a tree (the templates of the items the writer
 * generates are built once and shared). The list must not be empty (the writer leaves an empty list
 * out) and every item needs a string {@code value} (the schema requires it).
 */
final class FastTextList {

  private static final Fields MEMBERS =
      Fields.of("role", "contentType", "value", "charCount", "wordCount");
  private static final int ROLE = 0;
  private static final int CONTENT_TYPE = 1;
  private static final int VALUE = 2;
  private static final int CHAR_COUNT = 3;
  private static final int BITS = 3;

  /** The member orders of the items the writer generates: role, value; role, contentType, value. */
  private static final int ROLE_VALUE = ROLE | (VALUE << BITS);

  private static final int ROLE_TYPE_VALUE = ROLE | (CONTENT_TYPE << BITS) | (VALUE << (2 * BITS));

  /** The templates of the items the writer generates, each with its slot filled. */
  private static final List<Entry> GENERATED =
      List.of(
          generated(TextMapping.MAIN, null, "headline"),
          generated(TextMapping.SUB, null, "subheadline"),
          generated(TextMapping.MAIN, "text/html", TextMapping.HTML),
          generated(LinkMapping.SUMMARY, null, LinkMapping.SUMMARY),
          generated(LinkMapping.ENGAGEMENT, LinkMapping.JSON, LinkMapping.ENGAGEMENT),
          generated(TextMapping.MAIN, null, MediaMapping.TITLE),
          generated(MediaMapping.CAPTION, null, MediaMapping.CAPTION),
          generated(MediaMapping.ALT, null, MediaMapping.ALT));

  /**
   * One item: its members, and their order as positions in {@link #MEMBERS}, {@value #BITS} bits
   * each, the first lowest. For a shared template, {@code value} is the slot.
   */
  private record Entry(
      @Nullable String role,
      @Nullable String contentType,
      String value,
      long charCount,
      long wordCount,
      int order,
      int size,
      @Nullable JsonValue template,
      @Nullable JsonValue list) {}

  private final List<Entry> entries;
  private final List<TextMapping.Item> items;

  private FastTextList(List<Entry> entries, List<TextMapping.Item> items) {
    this.entries = entries;
    this.items = items;
  }

  private static Entry generated(String role, @Nullable String contentType, String slot) {
    Entry entry =
        new Entry(
            role,
            contentType,
            slot,
            -1,
            -1,
            contentType == null ? ROLE_VALUE : ROLE_TYPE_VALUE,
            contentType == null ? 2 : 3,
            null,
            null);
    JsonValue template = build(entry, slot);
    return new Entry(
        role,
        contentType,
        slot,
        -1,
        -1,
        entry.order(),
        entry.size(),
        template,
        JsonValue.array(List.of(template)));
  }

  /**
   * Reads a text list at the current token.
   *
   * @param tokens the document
   * @param counts whether items may have {@code charCount} and {@code wordCount} (bodies)
   * @return the list
   */
  static FastTextList read(FastTokens tokens, boolean counts) {
    List<Entry> entries = new ArrayList<>(2);
    List<TextMapping.Item> items = new ArrayList<>(2);
    for (int i = 0; tokens.nextItem(i); i++) {
      Entry entry = entry(tokens, counts);
      entries.add(entry);
      items.add(new TextMapping.Item(i, entry.role(), entry.contentType(), entry.value()));
    }
    if (entries.isEmpty()) {
      throw FastGiveUp.now(); // the writer leaves an empty list out
    }
    return new FastTextList(entries, items);
  }

  private static Entry entry(FastTokens tokens, boolean counts) {
    String role = null;
    String contentType = null;
    String value = null;
    long charCount = -1;
    long wordCount = -1;
    long seen = 0;
    int order = 0;
    int size = 0;
    for (int m; (m = tokens.nextMember(MEMBERS)) >= 0; ) {
      seen = FastTokens.once(seen, m);
      order |= m << (BITS * size++);
      if (m == ROLE) {
        role = tokens.string();
      } else if (m == CONTENT_TYPE) {
        contentType = tokens.string();
      } else if (m == VALUE) {
        value = tokens.string();
      } else {
        long count = tokens.longValue();
        if (!counts || count < 0) {
          throw FastGiveUp.now(); // counts belong to bodies; a negative one is a stricter problem
        }
        if (m == CHAR_COUNT) {
          charCount = count;
        } else {
          wordCount = count;
        }
      }
    }
    if (value == null) {
      throw FastGiveUp.now(); // the schema requires a value
    }
    return new Entry(role, contentType, value, charCount, wordCount, order, size, null, null);
  }

  /** The items as the tree mapping sees them; indexes are positions in the list. */
  List<TextMapping.Item> items() {
    return items;
  }

  /** Whether every item has nothing but its value. */
  boolean onlyValues() {
    for (Entry entry : entries) {
      if (entry.order() != VALUE || entry.size() != 1) {
        return false;
      }
    }
    return true;
  }

  /**
   * The list template: the list as read, with the value of the item at {@code firstIndex} replaced
   * by a slot for {@code firstSlot} and likewise for the second (an index of -1 is no slot).
   */
  JsonValue template(int firstIndex, String firstSlot, int secondIndex, String secondSlot) {
    if (entries.size() == 1) {
      String slot = firstIndex == 0 ? firstSlot : secondIndex == 0 ? secondSlot : null;
      Entry shared = shared(entries.get(0), slot);
      if (shared != null) {
        return Objects.requireNonNull(shared.list());
      }
    }
    List<JsonValue> template = new ArrayList<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      String slot = i == firstIndex ? firstSlot : i == secondIndex ? secondSlot : null;
      Entry entry = entries.get(i);
      Entry shared = shared(entry, slot);
      template.add(shared != null ? Objects.requireNonNull(shared.template()) : build(entry, slot));
    }
    return JsonValue.array(template);
  }

  /** The template of a list with one slot, or none for an index of -1. */
  JsonValue template(int index, String slot) {
    return template(index, slot, -1, slot);
  }

  /** The shared template of an item the writer generates, or null. */
  private static @Nullable Entry shared(Entry entry, @Nullable String slot) {
    if (slot == null) {
      return null;
    }
    for (Entry generated : GENERATED) {
      if (generated.value().equals(slot)
          && generated.order() == entry.order()
          && generated.size() == entry.size()
          && Objects.equals(generated.role(), entry.role())
          && Objects.equals(generated.contentType(), entry.contentType())) {
        return generated;
      }
    }
    return null;
  }

  /** The template of one item, its members in the order read. */
  private static JsonValue build(Entry entry, @Nullable String slot) {
    Map<String, JsonValue> members = new LinkedHashMap<>();
    for (int i = 0; i < entry.size(); i++) {
      int member = (entry.order() >>> (BITS * i)) & ((1 << BITS) - 1);
      String name = MEMBERS.names().get(member);
      switch (member) {
        case ROLE -> members.put(name, text(entry.role()));
        case CONTENT_TYPE -> members.put(name, text(entry.contentType()));
        case VALUE ->
            members.put(
                name,
                slot == null
                    ? JsonValue.string(entry.value())
                    : JsonValue.object(Map.of("$slot", JsonValue.string(slot))));
        case CHAR_COUNT -> members.put(name, JsonValue.number(entry.charCount()));
        default -> members.put(name, JsonValue.number(entry.wordCount()));
      }
    }
    return JsonValue.object(members);
  }

  /** A member read as a string; the order lists only members read. */
  private static JsonValue text(@Nullable String value) {
    return JsonValue.string(Objects.requireNonNull(value));
  }

  /** The index of an item, or -1 for none. */
  static int indexOf(TextMapping.@Nullable Item item) {
    return item == null ? -1 : item.index();
  }
}

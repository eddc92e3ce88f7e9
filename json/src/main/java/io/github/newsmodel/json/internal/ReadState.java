package io.github.newsmodel.json.internal;

import io.github.newsmodel.extension.JsonValue;
import io.github.newsmodel.json.JsonLimits;
import io.github.newsmodel.json.JsonProblem;
import io.github.newsmodel.json.ReadMode;
import io.github.newsmodel.time.NewsDateTime;
import io.github.newsmodel.validation.Severity;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.base.ParserBase;

/**
 * The state of reading one document: the parser, where it is (as a JSON Pointer), the problems
 * found, and which required structure is missing. Value readers leave the parser on the last token
 * of the value they read.
 */
final class ReadState {

  private static final int MAX_PROBLEM_TEXT = 80;

  /**
   * The arrays a read works in, kept per thread between documents so that reading allocates little
   * more than the values it returns.
   */
  private static final class Scratch {
    LocationLog log = new LocationLog();
    int[] nodes = new int[32];
    long[] seen = new long[16];
    int[] counts = new int[16];
    boolean inUse;
  }

  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  private final JsonParser parser;

  /** The parser as a {@link ParserBase}, whose token location can be read without allocating. */
  private final @Nullable ParserBase base;

  /** Reads the string values. */
  private final TextValues texts;

  private final ReadMode mode;
  private final JsonLimits limits;
  private final List<JsonProblem> problems = new ArrayList<>();
  private final Scratch scratch;
  private final LocationLog log;
  private int[] nodes;
  private int depth;
  private long[] seen;
  private int[] counts;
  private int containers;
  private boolean broken;
  private boolean dropped;

  /** The known names the current property was matched against, and its position among them. */
  private @Nullable Fields matched;

  private int matchedPosition;

  /**
   * Starts reading at the parser's current token, the root value. Call {@link #release()} when
   * done.
   */
  ReadState(JsonParser parser, ReadMode mode, JsonLimits limits) {
    this.parser = parser;
    this.base = parser instanceof ParserBase b ? b : null;
    this.texts = TextValues.of(parser, limits);
    this.mode = mode;
    this.limits = limits;
    TokenStreamLocation at = parser.currentTokenLocation();
    Scratch shared = SCRATCH.get();
    this.scratch = shared.inUse ? new Scratch() : shared;
    scratch.inUse = true;
    this.log = scratch.log;
    this.nodes = scratch.nodes;
    this.seen = scratch.seen;
    this.counts = scratch.counts;
    log.reset(lineOf(at), columnOf(at));
    this.nodes[0] = 0;
  }

  /**
   * Hands the arrays back for the next document read on this thread; the state is unusable after.
   */
  void release() {
    log.clear();
    if (log.capacity() <= LocationLog.MAX_RETAINED && nodes.length <= 1024) {
      scratch.nodes = nodes;
      scratch.seen = seen;
      scratch.counts = counts;
    } else {
      // a very large document: let its arrays go, and keep small ones for the next
      Scratch fresh = new Scratch();
      scratch.log = fresh.log;
      scratch.nodes = fresh.nodes;
      scratch.seen = fresh.seen;
      scratch.counts = fresh.counts;
    }
    scratch.inUse = false;
  }

  /**
   * How many nodes the location log kept for this thread's next document can hold, or -1 when that
   * log is still in use; for tests of the per-thread arrays.
   */
  static int retainedLogCapacity() {
    Scratch shared = SCRATCH.get();
    return shared.inUse ? -1 : shared.log.capacity();
  }

  /** The line of the current token, as {@link TokenStreamLocation#getLineNr()} gives it. */
  private int tokenLine() {
    return base != null ? base.getTokenLineNr() : lineOf(parser.currentTokenLocation());
  }

  /** The column of the current token, as {@link TokenStreamLocation#getColumnNr()} gives it. */
  private int tokenColumn() {
    if (base == null) {
      return columnOf(parser.currentTokenLocation());
    }
    int column = base.getTokenColumnNr();
    return column > 0 ? column - 1 : column;
  }

  /**
   * The line of a location, 0 when unknown: a parser over a tree (the Jackson module reading a
   * {@code JsonNode}) reports -1.
   */
  static int lineOf(TokenStreamLocation at) {
    return Math.max(0, at.getLineNr());
  }

  /** The column of a location, 0 when unknown (see {@link #lineOf}). */
  static int columnOf(TokenStreamLocation at) {
    return Math.max(0, at.getColumnNr());
  }

  JsonParser parser() {
    return parser;
  }

  List<JsonProblem> problems() {
    return problems;
  }

  LocationLog log() {
    return log;
  }

  /** Whether required structure was missing or unusable somewhere, so no value can be built. */
  boolean isBroken() {
    return broken;
  }

  /**
   * Whether an array element was left out because it could not be read, so that the indexes of a
   * partly built value no longer match the document's.
   */
  boolean droppedElements() {
    return dropped;
  }

  /** Records that required structure is missing or unusable. */
  void markBroken() {
    broken = true;
  }

  /**
   * Records that an array element could not be read and is left out, so that the indexes of the
   * value built no longer match the document's (see {@link #droppedElements()}).
   */
  void markDropped() {
    broken = true;
    dropped = true;
  }

  /** Returns the JSON Pointer of the value being read. */
  String pointer() {
    return log.pointer(nodes[depth]);
  }

  JsonToken token() {
    return parser.currentToken();
  }

  // ------------------------------------------------------------------ problems

  /** Records an error at the value being read. */
  void problem(String code, String message) {
    int node = nodes[depth];
    add(
        new JsonProblem(
            log.pointer(node), code, Severity.ERROR, message, log.line(node), log.column(node)));
  }

  /** Records a problem, stopping the read once there are too many. */
  void add(JsonProblem problem) {
    problems.add(problem);
    if (problems.size() >= limits.maxProblems()) {
      problems.add(
          new JsonProblem(
              problem.pointer(),
              "limit.problems",
              Severity.ERROR,
              "more than "
                  + limits.maxProblems()
                  + " problems; reading stopped here (limit "
                  + "maxProblems)",
              problem.line(),
              problem.column()));
      throw new ReadStop();
    }
  }

  /** Reports that the current value has the wrong JSON type, skips it, and returns null. */
  @SuppressWarnings("TypeParameterUnusedInFormals") // T only types the null it returns: no cast
  <T> @Nullable T mismatch(String expected) {
    problem("type.mismatch", "expected " + expected + ", found " + describe(token()));
    skip();
    return null;
  }

  static String describe(@Nullable JsonToken token) {
    if (token == null) {
      return "end of input";
    }
    switch (token) {
      case START_OBJECT:
        return "object";
      case START_ARRAY:
        return "array";
      case VALUE_STRING:
        return "string";
      case VALUE_NUMBER_INT:
        return "integer";
      case VALUE_NUMBER_FLOAT:
        return "decimal number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "boolean";
      case VALUE_NULL:
        return "null";
      default:
        return token.name();
    }
  }

  static String shorten(String text) {
    return text.length() <= MAX_PROBLEM_TEXT ? text : text.substring(0, MAX_PROBLEM_TEXT) + "…";
  }

  /** Skips the current value, with its children. */
  void skip() {
    JsonToken token = token();
    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
      parser.skipChildren();
    }
  }

  // ------------------------------------------------------------------ objects

  /**
   * Starts reading an object at the current token.
   *
   * @param nullable whether {@code null} means "absent" (true) or is a type mismatch (false)
   * @return true when the current token starts an object; otherwise the value was skipped
   */
  boolean beginObject(boolean nullable) {
    JsonToken token = token();
    if (token == JsonToken.START_OBJECT) {
      push();
      return true;
    }
    if (token != JsonToken.VALUE_NULL || !nullable) {
      mismatch("object");
    }
    return false;
  }

  /** Moves to the next property and its value; false at the end of the object. */
  boolean nextField() {
    matched = null;
    String previous = parser.streamReadContext().currentName();
    JsonToken token;
    try {
      token = parser.nextToken();
    } catch (JacksonException e) {
      throw located(e, previous);
    }
    return token == JsonToken.PROPERTY_NAME && enterField();
  }

  /**
   * Moves to the next property and its value, matching its name against the known names of the
   * object's type (Jackson then skips its symbol table for them); false at the end of the object.
   */
  boolean nextField(Fields fields) {
    String previous = parser.streamReadContext().currentName();
    int match;
    try {
      // a known name: Jackson moves on to the value in the same call
      match = parser.nextNameMatchAndToken(fields.matcher());
    } catch (JacksonException e) {
      throw located(e, previous);
    }
    matched = fields;
    matchedPosition = match;
    if (match >= 0) {
      enter(log.addKnown(nodes[depth], fields, match, tokenLine(), tokenColumn()));
      return true;
    }
    if (parser.currentToken() != JsonToken.PROPERTY_NAME) {
      matched = null;
      return false;
    }
    return enterField();
  }

  /** What {@link #nextKnown} returns for a property whose name is not one of the known fields. */
  static final int OTHER = -1;

  /** What {@link #nextKnown} returns at the end of the object. */
  static final int END = -2;

  /**
   * Moves to the next property and onto its value, like {@link #nextField(Fields)}, and tells which
   * it is: its position among {@code fields}, {@link #OTHER} for any other name ({@link #name()}
   * gives it), or {@link #END} at the end of the object. A known property seen before in the object
   * is reported and skipped, and the one after it is read. Call {@link #exit()} after reading the
   * value.
   */
  int nextKnown(Fields fields) {
    while (nextField(fields)) {
      int position = matchedPosition;
      if (position < 0) {
        return OTHER;
      }
      if (firstInObject(position)) {
        return position;
      }
      reportDuplicate(fields.names().get(position));
    }
    return END;
  }

  /**
   * Jackson reads a property's name and the start of its value in one step: locates an error at the
   * property when its name was already read.
   */
  private JacksonException located(JacksonException e, @Nullable String previous) {
    String pending = parser.streamReadContext().currentName();
    if (pending != null && !pending.equals(previous) && parser.streamReadContext().inObject()) {
      enter(log.addNamed(nodes[depth], pending, 0, 0));
    }
    return e;
  }

  /**
   * Records the property the parser is on, by its name (a known name is recorded by {@link
   * #nextField(Fields)} itself), enters it, and moves to its value.
   */
  private boolean enterField() {
    if (base != null) {
      // Jackson has already read the start of the value, and its token location is the value's
      enter(log.addNamed(nodes[depth], parser.currentName(), base.getTokenLineNr(), tokenColumn()));
      parser.nextToken();
      return true;
    }
    TokenStreamLocation at = parser.currentTokenLocation();
    int node = log.addNamed(nodes[depth], parser.currentName(), lineOf(at), columnOf(at));
    enter(node);
    parser.nextToken();
    at = parser.currentTokenLocation();
    log.relocate(node, lineOf(at), columnOf(at));
    return true;
  }

  /** The name of the current property. */
  String name() {
    return parser.currentName();
  }

  /**
   * Checks whether the current property of a known name was seen before in this object; if so
   * reports it, skips its value and leaves it.
   */
  boolean duplicate(Fields fields, String name) {
    int position = fields == matched ? matchedPosition : fields.indexOf(name);
    if (position < 0) {
      return false;
    }
    if (firstInObject(position)) {
      return false;
    }
    reportDuplicate(name);
    return true;
  }

  /**
   * Marks the known property at {@code position} as seen in the current object; false when it was
   * seen there before.
   */
  private boolean firstInObject(int position) {
    long bit = 1L << position;
    long seenHere = seen[containers];
    seen[containers] = seenHere | bit;
    return (seenHere & bit) == 0;
  }

  /** Reports the current property as seen before in its object, skips its value and leaves it. */
  private void reportDuplicate(String name) {
    problem(
        "property.duplicate",
        "property '" + shorten(name) + "' appears more than once; expected it once");
    skip();
    exit();
  }

  /** Leaves the current property or array element. */
  void exit() {
    depth--;
  }

  /**
   * Reports a required property missing from the object being read (unless it was present but
   * unusable, already reported) and marks the structure broken.
   */
  void required(Fields fields, String name, @Nullable Object value) {
    if (value != null) {
      return;
    }
    broken = true;
    int node = nodes[depth];
    String pointer = log.childPointer(node, name);
    int position = fields.indexOf(name);
    boolean present = position >= 0 && (seen[containers] & (1L << position)) != 0;
    if (present && reportedAt(pointer)) {
      return;
    }
    add(
        new JsonProblem(
            pointer,
            "required",
            Severity.ERROR,
            "required property '" + name + (present ? "' is null" : "' is missing"),
            log.line(node),
            log.column(node)));
  }

  /** Whether a problem was reported at the pointer or inside the value there. */
  private boolean reportedAt(String pointer) {
    for (int i = problems.size() - 1; i >= 0; i--) {
      String at = problems.get(i).pointer();
      if (at.startsWith(pointer)
          && (at.length() == pointer.length() || at.charAt(pointer.length()) == '/')) {
        return true;
      }
    }
    return false;
  }

  /** Ends the object started by {@link #beginObject(boolean)}. */
  void endObject() {
    containers--;
  }

  // ------------------------------------------------------------------ arrays

  /** Starts reading an array; like {@link #beginObject(boolean)}. */
  boolean beginArray(boolean nullable) {
    JsonToken token = token();
    if (token == JsonToken.START_ARRAY) {
      push();
      return true;
    }
    if (token != JsonToken.VALUE_NULL || !nullable) {
      mismatch("array");
    }
    return false;
  }

  /** Moves to the next element; false at the end of the array. */
  boolean nextElement() {
    JsonToken token = parser.nextToken();
    if (token == JsonToken.END_ARRAY || token == null) {
      return false;
    }
    int index = counts[containers]++;
    enter(log.addElement(nodes[depth], index, tokenLine(), tokenColumn()));
    if (index >= limits.maxArrayLength()) {
      problem(
          "limit.array",
          "array has more than "
              + limits.maxArrayLength()
              + " elements (limit maxArrayLength); reading stopped here");
      throw new ReadStop();
    }
    return true;
  }

  /** Ends the array started by {@link #beginArray(boolean)}. */
  void endArray() {
    containers--;
  }

  /**
   * Reads an array whose elements are read by {@code element}; an element that cannot be built
   * marks the structure broken.
   */
  <T> List<T> list(Function<ReadState, @Nullable T> element) {
    List<T> values = new ArrayList<>();
    if (!beginArray(true)) {
      return values;
    }
    while (nextElement()) {
      T value = element.apply(this);
      if (value == null) {
        markDropped();
      } else {
        values.add(value);
      }
      exit();
    }
    endArray();
    return values;
  }

  /** Reads an array of strings; null elements and other types are problems. */
  List<String> strings() {
    List<String> values = new ArrayList<>();
    if (!beginArray(true)) {
      return values;
    }
    while (nextElement()) {
      String value = token() == JsonToken.VALUE_STRING ? parser.getString() : null;
      if (value == null) {
        mismatch("string");
        broken = true;
        dropped = true;
      } else {
        values.add(value);
      }
      exit();
    }
    endArray();
    return values;
  }

  private void push() {
    containers++;
    if (containers == seen.length) {
      seen = Arrays.copyOf(seen, containers * 2);
      counts = Arrays.copyOf(counts, containers * 2);
    }
    seen[containers] = 0;
    counts[containers] = 0;
  }

  private void enter(int node) {
    depth++;
    if (depth == nodes.length) {
      nodes = Arrays.copyOf(nodes, depth * 2);
    }
    nodes[depth] = node;
  }

  // ------------------------------------------------------------------ scalars

  /**
   * Reads free text or a URL; null is absent. Unlike {@link #string()}, it does not look the value
   * up among the recurring ones.
   */
  @Nullable String text() {
    JsonToken token = token();
    if (token == JsonToken.VALUE_STRING) {
      return texts.text();
    }
    return token == JsonToken.VALUE_NULL ? null : mismatch("string");
  }

  /**
   * Reads a string that is often one of the recurring values of {@link KnownStrings} (a type, kind,
   * language, role or media type), returning the shared instance when it is; null is absent.
   */
  @Nullable String string() {
    JsonToken token = token();
    if (token == JsonToken.VALUE_STRING) {
      return texts.recurring();
    }
    return token == JsonToken.VALUE_NULL ? null : mismatch("string");
  }

  /** Reads a boolean; null is absent. */
  @Nullable Boolean bool() {
    JsonToken token = token();
    if (token == JsonToken.VALUE_TRUE) {
      return Boolean.TRUE;
    }
    if (token == JsonToken.VALUE_FALSE) {
      return Boolean.FALSE;
    }
    return token == JsonToken.VALUE_NULL ? null : mismatch("boolean");
  }

  /** Reads an integer that fits a long; null is absent. */
  @Nullable Long longValue() {
    JsonToken token = token();
    if (token == JsonToken.VALUE_NUMBER_INT) {
      JsonParser.NumberType type = parser.getNumberType();
      if (type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG) {
        return parser.getLongValue();
      }
      problem(
          "number.range",
          "integer "
              + shorten(parser.getString())
              + " is out of range; expected -9223372036854775808 to 9223372036854775807");
      return null;
    }
    return token == JsonToken.VALUE_NULL ? null : mismatch("integer");
  }

  /** Reads an integer that fits an int; null is absent. */
  @Nullable Integer intValue() {
    JsonToken token = token();
    if (token == JsonToken.VALUE_NUMBER_INT) {
      if (parser.getNumberType() == JsonParser.NumberType.INT) {
        return parser.getIntValue();
      }
      problem(
          "number.range",
          "integer "
              + shorten(parser.getString())
              + " is out of range; expected -2147483648 to 2147483647");
      return null;
    }
    return token == JsonToken.VALUE_NULL ? null : mismatch("integer");
  }

  /** Reads a finite number as a double; null is absent. */
  @Nullable Double doubleValue() {
    JsonToken token = token();
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      double value = parser.getDoubleValue();
      if (Double.isInfinite(value) || Double.isNaN(value)) {
        problem(
            "number.range",
            "number " + shorten(parser.getString()) + " is out of range; expected a finite double");
        return null;
      }
      return value;
    }
    return token == JsonToken.VALUE_NULL ? null : mismatch("number");
  }

  /** Reads an ISO 8601 date-time, keeping its text; null is absent. */
  @Nullable NewsDateTime dateTime() {
    String text = string();
    if (text == null) {
      return null;
    }
    try {
      return NewsDateTime.parse(text);
    } catch (DateTimeParseException e) {
      problem(
          "datetime.syntax",
          "'"
              + shorten(text)
              + "' is not an ISO 8601 date-time; expected e.g. 2023-11-28T19:00:00+06:00");
      return null;
    }
  }

  /** Reads an ISO 8601 duration such as {@code PT1M30S}; null is absent. */
  @Nullable Duration duration() {
    String text = string();
    if (text == null) {
      return null;
    }
    try {
      return IsoDurations.parse(text);
    } catch (DateTimeParseException e) {
      problem(
          "duration.syntax",
          "'" + shorten(text) + "' is not an ISO 8601 duration; expected e.g. PT1M30S");
      return null;
    }
  }

  /** Reads a lower-case code of a fixed set; null is absent, an unknown code a problem. */
  <E> @Nullable E code(Function<String, @Nullable E> lookup, String expected) {
    String text = string();
    if (text == null) {
      return null;
    }
    E value = lookup.apply(text);
    if (value == null) {
      problem(
          "value.unknown",
          "'" + shorten(text) + "' is not a known code; expected one of " + expected);
    }
    return value;
  }

  // ------------------------------------------------------------------ extensions

  /**
   * Handles a property the format does not define on a type without an extension bag: dropped with
   * a warning in lenient mode, an error in strict mode.
   */
  void unknownDropped(String name, String type) {
    int node = nodes[depth];
    Severity severity = mode == ReadMode.STRICT ? Severity.ERROR : Severity.WARNING;
    add(
        new JsonProblem(
            log.pointer(node),
            "property.unknown",
            severity,
            "property '"
                + shorten(name)
                + "' is not part of "
                + type
                + (mode == ReadMode.STRICT
                    ? " (strict mode)"
                    : "; it has no extension bag, so the value is dropped"),
            log.line(node),
            log.column(node)));
    skip();
  }

  /**
   * Reports a property that is known to the object's type but not to its {@code type} variant,
   * found after the object was read.
   */
  void notForVariant(Fields fields, String name, String variant) {
    int position = fields.indexOf(name);
    if (position < 0 || (seen[containers] & (1L << position)) == 0) {
      return;
    }
    int node = nodes[depth];
    Severity severity = mode == ReadMode.STRICT ? Severity.ERROR : Severity.WARNING;
    add(
        new JsonProblem(
            log.childPointer(node, name),
            "property.unknown",
            severity,
            "property '" + name + "' is not part of a '" + variant + "'; the value is dropped",
            log.line(node),
            log.column(node)));
  }

  /**
   * Reports, in the documented order, every property of {@code notAllowed} (bits of {@code fields})
   * that was seen in the current object, as not part of its {@code type} variant.
   */
  void notForVariant(Fields fields, long notAllowed, String variant) {
    long extra = seen[containers] & notAllowed;
    if (extra == 0) {
      return;
    }
    List<String> names = fields.names();
    for (int i = 0; i < names.size(); i++) {
      if ((extra & (1L << i)) != 0) {
        notForVariant(fields, names.get(i), variant);
      }
    }
  }

  /** Records a problem at the object being read, for a value that cannot be built. */
  void invalid(String message) {
    broken = true;
    problem("required", message);
  }

  /**
   * Handles a property the format does not define: kept in the extension bag in lenient mode,
   * reported in strict mode.
   *
   * @return the bag, created when first needed
   */
  @Nullable Map<String, JsonValue> unknown(@Nullable Map<String, JsonValue> bag, String name) {
    if (mode == ReadMode.STRICT) {
      problem(
          "property.unknown",
          "property '" + shorten(name) + "' is not part of the native format (strict mode)");
      skip();
      return bag;
    }
    Map<String, JsonValue> result = bag == null ? new LinkedHashMap<>() : bag;
    if (result.containsKey(name)) {
      problem(
          "property.duplicate",
          "property '" + shorten(name) + "' appears more than once; expected it once");
      skip();
      return result;
    }
    JsonValue value = value();
    if (value != null) {
      result.put(name, value);
    }
    return result;
  }

  /** Reads any JSON value; null only when a number is out of range (already reported). */
  @Nullable JsonValue value() {
    JsonToken token = token();
    if (token == null) {
      return mismatch("a JSON value");
    }
    switch (token) {
      case VALUE_STRING:
        return JsonValue.string(parser.getString());
      case VALUE_TRUE:
        return JsonValue.TRUE;
      case VALUE_FALSE:
        return JsonValue.FALSE;
      case VALUE_NULL:
        return JsonValue.NULL;
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return number();
      case START_ARRAY:
        return array();
      case START_OBJECT:
        return object();
      default:
        return mismatch("a JSON value");
    }
  }

  private @Nullable JsonValue number() {
    String text = parser.getString();
    try {
      return JsonValue.number(text);
    } catch (NumberFormatException e) {
      problem("number.range", "number " + shorten(text) + " is out of range");
      return null;
    }
  }

  private JsonValue array() {
    List<JsonValue> values = new ArrayList<>();
    beginArray(false);
    while (nextElement()) {
      JsonValue value = value();
      values.add(value == null ? JsonValue.NULL : value);
      exit();
    }
    endArray();
    return JsonValue.array(values);
  }

  private JsonValue object() {
    Map<String, JsonValue> members = new LinkedHashMap<>();
    beginObject(false);
    while (nextField()) {
      String name = name();
      if (members.containsKey(name)) {
        problem(
            "property.duplicate",
            "property '" + shorten(name) + "' appears more than once; expected it once");
        skip();
      } else {
        JsonValue value = value();
        members.put(name, value == null ? JsonValue.NULL : value);
      }
      exit();
    }
    endObject();
    return JsonValue.object(members);
  }
}

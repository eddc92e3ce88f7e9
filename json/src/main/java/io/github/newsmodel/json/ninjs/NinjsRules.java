package io.github.newsmodel.json.ninjs;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The structure rules of each ninjs version, transcribed by hand from the IPTC JSON Schemas
 * (ninjs-schema_2.0 … 3.1): required properties, types, enums, patterns and closed objects. The
 * {@code format} keyword is an annotation for the IPTC runner, so it is not asserted here (stricter
 * date and URL checks are made separately). Built once per version; immutable and thread-safe.
 */
final class NinjsRules {

  private static final Map<NinjsVersion, NinjsRules> CACHE = new EnumMap<>(NinjsVersion.class);

  private static final String TRUNCATED_DATE_TIME =
      "^(-?(?:[1-9][0-9]*)?[0-9]{4})(-(1[0-2]|0[1-9])(-(3[01]|0[1-9]|[12][0-9])"
          + "(T(2[0-3]|[01][0-9]):([0-5][0-9]):([0-5][0-9])(\\.[0-9]+)?"
          + "(Z|[+-](?:2[0-3]|[01][0-9]):[0-5][0-9])?)?)?)?$";

  private final NinjsVersion version;
  private final Rule document;
  private final Rule association;
  private final Set<String> names = new LinkedHashSet<>();

  private NinjsRules(NinjsVersion version) {
    this.version = version;
    Map<String, Rule> ninjs = ninjsProperties();
    if (version == NinjsVersion.V2_0) {
      Rule[] self = new Rule[1];
      Rule root =
          Rule.object()
              .props(ninjs)
              .prop(
                  "associations",
                  Rule.array(
                      Rule.anyOf(
                          Rule.object().prop("name", Rule.string()).require("name"),
                          Rule.lazy(() -> self[0]))))
              .require("uri")
              .close();
      self[0] = root;
      this.document = root;
      this.association = root;
    } else {
      Rule[] item = new Rule[1];
      Rule associations = Rule.array(Rule.lazy(() -> item[0]));
      Rule.ObjectRule assoc =
          Rule.object().props(ninjs).prop("associations", associations).prop("name", Rule.string());
      if (version.isV3()) {
        assoc = assoc.prop("rel", Rule.string());
      }
      item[0] = assoc.require("name", "uri").close();
      this.association = item[0];
      this.document =
          Rule.object().props(ninjs).prop("associations", associations).require("uri").close();
      names.add("name");
      names.add("rel");
      names.add("associations");
    }
  }

  static synchronized NinjsRules of(NinjsVersion version) {
    return CACHE.computeIfAbsent(version, NinjsRules::new);
  }

  /** The rule of a whole document. */
  Rule document() {
    return document;
  }

  /** The rule of one item of {@code associations}. */
  Rule association() {
    return association;
  }

  /** Every property name these rules know, in 3.x spelling for 3.x and 2.x spelling for 2.x. */
  Set<String> names() {
    return names;
  }

  private boolean v3() {
    return version.isV3();
  }

  private boolean atLeast(NinjsVersion other) {
    return version.compareTo(other) >= 0;
  }

  /** The spelling of a 3.x name in this version. */
  private String n(String v3Name) {
    String name = v3() ? v3Name : Names.toV2(v3Name);
    names.add(name);
    return name;
  }

  private Rule.ObjectRule obj() {
    return Rule.object();
  }

  private Map<String, Rule> ninjsProperties() {
    Map<String, Rule> p = new LinkedHashMap<>();
    Rule str = Rule.string();
    Rule pubStatus = Rule.string().oneOfValues("usable", "withheld", "canceled");
    p.put(n("uri"), str);
    p.put(n("title"), str);
    p.put(
        n("type"),
        v3()
            ? newsObjectType()
            : Rule.string()
                .oneOfValues(
                    "text", "audio", "video", "picture", "graphic", "composite", "component"));
    p.put(n("representationType"), Rule.string().oneOfValues("full", "partial"));
    for (String name : new String[] {"profile", "version"}) {
      p.put(n(name), str);
    }
    for (String name :
        new String[] {"firstCreated", "versionCreated", "contentCreated", "embargoedUntil"}) {
      p.put(n(name), str);
    }
    p.put(n("pubStatus"), pubStatus);
    p.put(n("urgency"), v3() ? Rule.integer(1, 9) : Rule.number());
    for (String name :
        new String[] {"copyrightHolder", "copyrightNotice", "usageTerms", "edNote", "language"}) {
      p.put(n(name), str);
    }
    Rule.ObjectRule text =
        obj()
            .prop(n("role"), str)
            .prop(n("contentType"), str)
            .prop(n("value"), str)
            .require(n("value"))
            .close();
    p.put(n("descriptions"), Rule.array(text));
    Rule count = v3() ? Rule.integer() : Rule.number();
    p.put(n("bodies"), Rule.array(text.prop(n("charCount"), count).prop(n("wordCount"), count)));
    p.put(n("headlines"), Rule.array(text));
    Rule.ObjectRule thing =
        obj()
            .prop(n("name"), str)
            .prop(n("rel"), str)
            .prop(n("uri"), str)
            .prop(n("literal"), str)
            .close();
    boolean contacts = atLeast(NinjsVersion.V2_1);
    Rule.ObjectRule person =
        contacts ? thing.prop(n("contactInfo"), Rule.array(contactInfo())) : thing;
    p.put(n("people"), Rule.array(person));
    p.put(n("organisations"), Rule.array(organisation()));
    Rule.ObjectRule place = person.prop(n("geoJSON"), GeoJsonRules.geoJson());
    p.put(n("places"), Rule.array(place));
    Rule.ObjectRule subject = thing;
    if (contacts) {
      subject =
          thing
              .prop(n("creator"), str)
              .prop(n("relevance"), Rule.integer(0, 100))
              .prop(n("confidence"), Rule.integer(0, 100));
    }
    p.put(n("subjects"), Rule.array(subject));
    p.put(n("events"), Rule.array(v3() ? thing.prop(n("id"), str) : thing));
    if (v3()) {
      p.put(
          n("eventDetails"),
          obj()
              .prop(n("eventStatus"), str)
              .prop(n("plannedCoverageStatus"), str)
              .prop(n("dates"), dates())
              .prop(n("organiser"), organisation())
              .close());
      p.put(n("plannedCoverage"), Rule.array(plannedCoverage()));
    }
    p.put(n("objects"), Rule.array(thing));
    Rule.ObjectRule source =
        obj()
            .prop(n("name"), str)
            .prop(n("role"), str)
            .prop(n("uri"), str)
            .prop(n("literal"), str)
            .close();
    p.put(
        n("infoSources"),
        Rule.array(contacts ? source.prop(n("contactInfo"), Rule.array(contactInfo())) : source));
    for (String name : new String[] {"by", "slugline", "located"}) {
      p.put(n(name), str);
    }
    p.put(n("renditions"), Rule.array(rendition()));
    p.put(n("altIds"), Rule.array(obj().prop(n("role"), str).prop(n("value"), str).close()));
    p.put(
        n("trustIndicators"),
        Rule.array(obj().prop(n("role"), str).prop(n("href"), str).prop(n("title"), str).close()));
    p.put(
        n("standard"),
        obj().prop(n("name"), str).prop(n("version"), str).prop(n("schema"), str).close());
    p.put(
        n("genres"),
        Rule.array(obj().prop(n("name"), str).prop(n("uri"), str).prop(n("literal"), str).close()));
    if (contacts) {
      p.put(n("expires"), str);
    }
    Rule.ObjectRule rights =
        obj()
            .prop(n("langId"), str)
            .prop(n("linkedRights"), str)
            .prop(n("encodedRights"), str)
            .and(Rule.oneOf(obj().require(n("linkedRights")), obj().require(n("encodedRights"))));
    p.put(n("rightsInfo"), v3() ? rights.close() : rights);
    if (version == NinjsVersion.V2_2 || version == NinjsVersion.V3_1) {
      p.put(
          n("digitalSourceType"),
          obj().prop(n("name"), str).prop(n("uri"), str).prop(n("literal"), str).close());
    }
    return p;
  }

  private Rule newsObjectType() {
    return Rule.string()
        .oneOfValues(
            "text",
            "audio",
            "video",
            "picture",
            "graphic",
            "composite",
            "component",
            "event",
            "planning");
  }

  private Rule contactInfo() {
    Rule str = Rule.string();
    Rule address =
        obj()
            .prop(n("lines"), Rule.array(str))
            .prop(n("locality"), str)
            .prop(n("area"), str)
            .prop(n("postalCode"), str)
            .prop(n("country"), str)
            .close();
    return obj()
        .prop(n("type"), str)
        .prop(n("role"), str)
        .prop(n("lang"), str)
        .prop(n("name"), str)
        .prop(n("value"), str)
        .prop(n("address"), address)
        .close()
        .and(Rule.oneOf(obj().require(n("value")), obj().require(n("address"))));
  }

  private Rule organisation() {
    Rule str = Rule.string();
    Rule.ObjectRule org =
        obj()
            .prop(n("name"), str)
            .prop(n("rel"), str)
            .prop(n("uri"), str)
            .prop(n("literal"), str)
            .close();
    Rule.ObjectRule symbol = obj().prop(n("exchange"), str).close();
    if (version == NinjsVersion.V2_0) {
      symbol = symbol.prop(n("ticker"), str);
    } else if (!v3()) {
      symbol = symbol.prop(n("ticker"), str).prop(n("symbolType"), str).prop(n("symbol"), str);
    } else {
      symbol = symbol.prop(n("symbolType"), str).prop(n("symbol"), str);
    }
    org = org.prop(n("symbols"), Rule.array(symbol));
    return atLeast(NinjsVersion.V2_1) ? org.prop(n("contactInfo"), Rule.array(contactInfo())) : org;
  }

  private Rule rendition() {
    Rule str = Rule.string();
    Rule num = Rule.number();
    Rule.ObjectRule r =
        obj()
            .prop(n("name"), str)
            .prop(n("href"), str)
            .prop(n("contentType"), str)
            .prop(n("duration"), num)
            .prop(n("format"), str)
            .prop(n("title"), str)
            .require(n("name"))
            .close();
    if (!v3()) {
      return r.prop(n("height"), num).prop(n("width"), num).prop(n("sizeInBytes"), num);
    }
    Rule integer = Rule.integer();
    return r.prop(n("width"), integer)
        .prop(n("height"), integer)
        .prop(n("sizeInBytes"), integer)
        .prop(n("aspectRatio"), str)
        .prop(n("videoCodec"), str)
        .prop(n("frameRate"), num)
        .prop(n("poi"), obj().prop(n("x"), integer).prop(n("y"), integer).close())
        .prop(n("transportProtocol"), str)
        .prop(n("scanType"), Rule.string().oneOfValues("progressive", "interlaced"))
        .prop(n("bitrate"), str);
  }

  private Rule dates() {
    Rule str = Rule.string();
    Rule truncated = Rule.string().matching(TRUNCATED_DATE_TIME);
    Rule rule =
        obj()
            .prop(
                n("frequency"),
                Rule.string()
                    .oneOfValues(
                        "secondly", "minutely", "hourly", "daily", "weekly", "monthly", "yearly"))
            .prop(n("interval"), Rule.integer())
            .prop(n("until"), str)
            .prop(n("count"), Rule.integer())
            .close();
    Rule recurrence =
        obj()
            // the schema says type: array and $ref to a string type: no value satisfies both
            .prop(
                n("recurrenceDates"),
                Rule.never(
                    "recurrenceDates must be both an array and a string"
                        + " in the official schema, so no value is valid"))
            .prop(n("recurrenceRules"), Rule.array(rule))
            .close();
    return obj()
        .prop(n("startDate"), str)
        .prop(n("endDate"), str)
        .prop(n("expectedStartDate"), truncated)
        .prop(n("expectedEndDate"), truncated)
        .prop(n("expectedDuration"), str)
        .prop(n("recurrence"), recurrence)
        .close()
        .and(
            Rule.anyOf(
                Rule.oneOf(obj().require(n("startDate")), obj().require(n("expectedStartDate"))),
                Rule.oneOf(obj().require(n("endDate")), obj().require(n("expectedEndDate")))));
  }

  private Rule plannedCoverage() {
    Rule str = Rule.string();
    Rule commissioned =
        obj()
            .prop(n("by"), str)
            .prop(n("on"), str)
            .prop(
                n("references"),
                Rule.array(obj().prop(n("name"), str).prop(n("value"), str).close()))
            .close();
    return obj()
        .prop(n("uri"), str)
        .prop(n("title"), str)
        .prop(n("pubStatus"), Rule.string().oneOfValues("usable", "withheld", "canceled"))
        .prop(n("type"), newsObjectType())
        .prop(n("commissioned"), commissioned)
        .prop(n("dates"), dates())
        .prop(
            n("audiences"),
            Rule.array(
                obj().prop(n("audience"), str).prop(n("significance"), Rule.integer()).close()))
        .prop(n("exclAudience"), Rule.array(str))
        .prop(n("edNote"), str)
        .prop(n("urgency"), Rule.integer(1, 9))
        .prop(n("language"), str)
        .prop(
            n("itemCount"),
            obj().prop(n("rangeFrom"), Rule.integer()).prop(n("rangeTo"), Rule.integer()).close())
        .prop(n("wordCount"), Rule.integer())
        .prop(n("renditions"), Rule.array(rendition()))
        .close();
  }
}

package io.github.newsmodel.json.ninjs;

/**
 * The rule of every kind of object a ninjs 3.1 document written from the model holds, taken from
 * {@link NinjsRules} (the same rules {@link Downgrade} applies to the tree), so that the streaming
 * writer checks each value against exactly what the schema requires before writing it.
 */
final class StreamRules {

  /** The rules of ninjs 3.1, the only version written by streaming. */
  static final StreamRules V3_1 = new StreamRules(NinjsRules.of(NinjsVersion.V3_1));

  final Rule.ObjectRule document;
  final Rule.ObjectRule headline;
  final Rule.ObjectRule description;
  final Rule.ObjectRule body;
  final Rule.ObjectRule rightsInfo;
  final Rule.ObjectRule person;
  final Rule.ObjectRule organisation;
  final Rule.ObjectRule place;
  final Rule.ObjectRule subject;
  final Rule.ObjectRule event;
  final Rule.ObjectRule object;
  final Rule.ObjectRule source;
  final Rule.ObjectRule genre;
  final Rule.ObjectRule altId;
  final Rule.ObjectRule association;
  final Rule.ObjectRule mediaHeadline;
  final Rule.ObjectRule mediaDescription;
  final Rule.ObjectRule mediaRights;
  final Rule.ObjectRule rendition;

  private StreamRules(NinjsRules rules) {
    document = (Rule.ObjectRule) rules.document();
    headline = items(document, "headlines");
    description = items(document, "descriptions");
    body = items(document, "bodies");
    rightsInfo = object(document, "rightsInfo");
    person = items(document, "people");
    organisation = items(document, "organisations");
    place = items(document, "places");
    subject = items(document, "subjects");
    event = items(document, "events");
    object = items(document, "objects");
    source = items(document, "infoSources");
    genre = items(document, "genres");
    altId = items(document, "altIds");
    association = (Rule.ObjectRule) rules.association();
    mediaHeadline = items(association, "headlines");
    mediaDescription = items(association, "descriptions");
    mediaRights = object(association, "rightsInfo");
    rendition = items(association, "renditions");
  }

  /** The rule of the items of the list {@code name} of {@code parent}. */
  static Rule.ObjectRule items(Rule.ObjectRule parent, String name) {
    Rule list = parent.properties().get(name);
    if (list instanceof Rule.ArrayRule array && array.items() instanceof Rule.ObjectRule item) {
      return item;
    }
    throw new IllegalStateException("the ninjs rules have no list of objects named " + name);
  }

  /** The rule of the object member {@code name} of {@code parent}. */
  static Rule.ObjectRule object(Rule.ObjectRule parent, String name) {
    if (parent.properties().get(name) instanceof Rule.ObjectRule member) {
      return member;
    }
    throw new IllegalStateException("the ninjs rules have no object named " + name);
  }
}

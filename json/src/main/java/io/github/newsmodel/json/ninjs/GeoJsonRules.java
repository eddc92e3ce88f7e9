package io.github.newsmodel.json.ninjs;

import java.util.ArrayList;
import java.util.List;

/**
 * The GeoJSON rules ninjs refers to ({@code https://geojson.org/schema/GeoJSON.json}): one of the
 * seven geometries, a Feature or a FeatureCollection, with their {@code type}, nested coordinate
 * arrays of numbers and minimum lengths. Objects stay open, as in the published schema.
 */
final class GeoJsonRules {

  private static final Rule GEO_JSON = build();

  private GeoJsonRules() {}

  static Rule geoJson() {
    return GEO_JSON;
  }

  private static Rule build() {
    List<Rule> geometries = simpleGeometries();
    Rule collection =
        typed(
            "GeometryCollection",
            "geometries",
            Rule.array(Rule.oneOf(geometries.toArray(Rule[]::new))));
    List<Rule> anyGeometry = new ArrayList<>();
    anyGeometry.add(Rule.nullValue());
    anyGeometry.addAll(geometries);
    anyGeometry.add(collection);
    Rule feature =
        Rule.object()
            .prop("type", Rule.string().oneOfValues("Feature"))
            .prop("id", Rule.oneOf(Rule.number(), Rule.string()))
            .prop("properties", Rule.oneOf(Rule.nullValue(), Rule.object()))
            .prop("geometry", Rule.oneOf(anyGeometry.toArray(Rule[]::new)))
            .prop("bbox", bbox())
            .require("type", "properties", "geometry");
    Rule features = typed("FeatureCollection", "features", Rule.array(feature));
    List<Rule> all = new ArrayList<>(geometries);
    all.add(collection);
    all.add(feature);
    all.add(features);
    return Rule.oneOf(all.toArray(Rule[]::new));
  }

  private static List<Rule> simpleGeometries() {
    Rule position = Rule.array(Rule.number(), 2);
    Rule line = Rule.array(position, 2);
    Rule ring = Rule.array(position, 4);
    Rule polygon = Rule.array(ring);
    return List.of(
        typed("Point", "coordinates", position),
        typed("LineString", "coordinates", line),
        typed("Polygon", "coordinates", polygon),
        typed("MultiPoint", "coordinates", Rule.array(position)),
        typed("MultiLineString", "coordinates", Rule.array(line)),
        typed("MultiPolygon", "coordinates", Rule.array(polygon)));
  }

  private static Rule typed(String type, String member, Rule content) {
    return Rule.object()
        .prop("type", Rule.string().oneOfValues(type))
        .prop(member, content)
        .prop("bbox", bbox())
        .require("type", member);
  }

  private static Rule bbox() {
    return Rule.array(Rule.number(), 4);
  }
}

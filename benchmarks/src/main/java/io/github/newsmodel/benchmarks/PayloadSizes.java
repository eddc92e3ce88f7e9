package io.github.newsmodel.benchmarks;

import io.github.newsmodel.json.NewsJson;

/**
 * Prints the size in bytes of each payload as compact native JSON, as a JSON object, for {@code
 * benchmarks/chart.py} (allocation per payload byte). Run with {@code java -cp
 * benchmarks/target/benchmarks.jar io.github.newsmodel.benchmarks.PayloadSizes}.
 */
public final class PayloadSizes {

  private PayloadSizes() {}

  /**
   * Prints the sizes.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    StringBuilder json = new StringBuilder("{");
    for (Payloads.Name name : Payloads.Name.values()) {
      if (json.length() > 1) {
        json.append(", ");
      }
      int bytes = NewsJson.defaults().writeBytes(Payloads.article(name)).length;
      json.append('"').append(name).append("\": ").append(bytes);
    }
    System.out.println(json.append('}'));
  }
}

/**
 * schema.org JSON-LD for articles: {@link io.github.newsmodel.json.schemaorg.SchemaOrg} writes a
 * {@code NewsArticle}, reads the JSON-LD real news sites publish, and checks Google's Article
 * guidance.
 *
 * <h2>Writing</h2>
 *
 * <table>
 *   <caption>Article to NewsArticle</caption>
 *   <tr><th>Model</th><th>JSON-LD</th></tr>
 *   <tr><td>-</td><td>{@code @context} {@code https://schema.org}; {@code @type} {@code NewsArticle}
 *       (or the {@code @type} kept from a read, e.g. {@code ReportageNewsArticle})</td></tr>
 *   <tr><td>id</td><td>{@code identifier}</td></tr>
 *   <tr><td>headline, subheadline, summary</td>
 *       <td>{@code headline}, {@code alternativeHeadline}, {@code description}</td></tr>
 *   <tr><td>body</td><td>{@code articleBody}: plain text of the blocks, separated by blank
 *       lines</td></tr>
 *   <tr><td>section, keywords, language, dateline, genres</td>
 *       <td>{@code articleSection}, {@code keywords} (array), {@code inLanguage}, {@code dateline},
 *       {@code genre}</td></tr>
 *   <tr><td>firstPublished, modified, created, expires</td>
 *       <td>{@code datePublished}, {@code dateModified}, {@code dateCreated}, {@code expires}, each
 *       with its original text and offset</td></tr>
 *   <tr><td>authors</td><td>{@code author}: Person or Organization with name, url, sameAs (uri),
 *       jobTitle; authors with role {@code creator}, {@code editor} or {@code contributor} go to
 *       the property of that name</td></tr>
 *   <tr><td>publisher</td><td>{@code publisher}: Organization with name, url and {@code logo}
 *       ImageObject</td></tr>
 *   <tr><td>image and graphic media</td><td>{@code image}: ImageObjects with contentUrl, url, width,
 *       height, caption, description (alt text), name (title), creditText, copyrightNotice, license
 *       and identifier (the media id); the largest rendition, then the 16x9, 4x3 and 1x1 renditions
 *       when present</td></tr>
 *   <tr><td>video media</td><td>{@code video}: VideoObject with name, description, thumbnailUrl,
 *       uploadDate (else datePublished), duration (ISO 8601), contentUrl, embedUrl</td></tr>
 *   <tr><td>engagement</td><td>{@code interactionStatistic}: InteractionCounters; views are
 *       ReadAction, shares ShareAction, comments CommentAction, reactions LikeAction</td></tr>
 *   <tr><td>sources</td><td>a source with role {@code relayedFrom} (the outlet the story was
 *       taken from) becomes {@code isBasedOn}: a CreativeWork with the source's url whose
 *       {@code publisher} is the source; every other source ({@code originator}, the body the
 *       story cites, and any other role) becomes a {@code sourceOrganization}</td></tr>
 *   <tr><td>entities</td><td>rel {@code mentions} to {@code mentions}, all others to {@code
 *       about}: Person, Organization, Place, Event or Thing with name and sameAs (uri)</td></tr>
 *   <tr><td>rights</td><td>{@code copyrightNotice}, {@code copyrightHolder}, {@code
 *       license}</td></tr>
 *   <tr><td>canonicalUrl</td><td>{@code mainEntityOfPage} (WebPage {@code @id}) and {@code
 *       url}</td></tr>
 *   <tr><td>extensions</td><td>written back as members, after the above; a name already written
 *       is not repeated</td></tr>
 * </table>
 *
 * <p>Not written: slugline, byline, editorial note, status, urgency, version, embargo, share and
 * follow links, related articles, audio, document and embed media.
 *
 * <h2>Reading</h2>
 *
 * <p>The document may be one object, an array of objects, or an object with {@code @graph}; nodes
 * referenced by {@code @id} (the WordPress/Yoast shape) are resolved, reference chains and cycles
 * included (a cycle stops resolution; nothing loops). {@code @context} may be a string, an object
 * or an array; when none names schema.org a warning {@code jsonld.context.missing} or {@code
 * jsonld.context.unknown} is reported and the terms are read as schema.org terms anyway (no JSON-LD
 * expansion is done). {@code @type} may be a string or an array, with or without a schema.org
 * prefix. The main node is the first NewsArticle (or subtype), else the first Article, BlogPosting
 * or similar, else the article a WebPage's {@code mainEntity} names; none is the error {@code
 * jsonld.article.missing}.
 *
 * <p>Values may be a string, an object or an array: a text property takes the first text ({@code
 * @value} objects are understood), author may be a name, a Person/Organization or an array, image a
 * URL, an ImageObject or an array; numbers may be numeric strings ({@code "768"}); protocol-relative
 * URLs ({@code //cdn…}) get the page's scheme, root-relative ones are resolved against the page
 * URL; text is stripped of surrounding white space; comma-separated {@code keywords} are split.
 * Dates keep their text; an offset without a colon ({@code +0200}) is accepted, and a missing offset
 * is the warning {@code datetime.offset}. The article is then validated with {@code NewsValidator};
 * every problem carries a JSON Pointer into the JSON-LD document (into the {@code @graph} node the
 * value came from).
 *
 * <p>The article id is {@code @id}, else a string {@code identifier}, else the canonical URL
 * ({@code url}, else {@code mainEntityOfPage}), else {@code jsonld-} followed by the first 16 hex
 * digits of the SHA-256 of the headline, a line feed and the datePublished text. A missing headline
 * falls back to {@code name} (warning {@code jsonld.headline.missing}); with neither, there is no
 * article (error {@code required}). {@code articleBody} becomes paragraphs split at blank lines;
 * text with HTML tags goes through the allowlisting HTML converter ({@link
 * io.github.newsmodel.json.html.HtmlBodies}), which keeps headings, lists, links and emphasis and
 * reports what it drops as warnings.
 *
 * <p>Kept: every member of the main node that is not read into a field (for example {@code
 * isAccessibleForFree}, {@code hasPart}, {@code contributor}, {@code thumbnailUrl}, {@code
 * wordCount}, a non-string {@code identifier}, an unused {@code name}) goes to the article's
 * extensions as JSON, unresolved; so does a {@code @type} other than plain {@code NewsArticle}.
 * Unknown members of author, publisher, image, video and entity nodes go to the extensions of the
 * party, media or entity. Read as authors with a role: {@code creator} (no role when there is
 * no {@code author}), {@code editor}, {@code contributor}. {@code abstract} is the summary when
 * there is no {@code description}, {@code text} the body when there is no {@code articleBody};
 * {@code commentCount} is read as comments. Dropped: the {@code @context}; a second and further
 * publisher; interaction counters
 * of other types (warning {@code jsonld.interaction.unknown}); persons, organizations and entities
 * without a name (warning {@code jsonld.name.missing}); images without a URL (warning {@code
 * jsonld.image.url}); values of the wrong type (error {@code type.mismatch}) and unparsable dates
 * (error {@code datetime.format}). {@code isBasedOn} is read as a {@code relayedFrom} source and
 * {@code sourceOrganization} as an {@code originator}.
 *
 * <p>Limits ({@link io.github.newsmodel.json.JsonLimits}: depth 64, 16 MiB, string, number, name
 * and array lengths by default) are enforced by Jackson's {@code StreamReadConstraints} while
 * parsing and reported as {@code limit.*} problems; malformed JSON is {@code syntax}. Reading never
 * throws for bad input.
 */
@org.jspecify.annotations.NullMarked
package io.github.newsmodel.json.schemaorg;

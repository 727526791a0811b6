package org.newsroom.pipeline.ingest.sources;

import java.util.List;
import java.util.Optional;

import org.newsroom.pipeline.ingest.IngestProperties;

/**
 * What one CMS may write: the CloudEvent {@code source} values of its events and how the
 * content ids begin that it may publish, update or withdraw.
 *
 * @param owner who is bound, as the reasons name it, such as {@code the token of desk}
 * @param sources the CloudEvent sources it may send; none allows nothing, {@value #ANY}
 * allows every source
 * @param contentIdPrefixes how its content ids begin; none allows nothing, {@value #ANY}
 * allows every id
 */
public record SourceBounds(String owner, List<String> sources, List<String> contentIdPrefixes) {

	/** The entry that allows every value, as the local stack's demo token has it. */
	public static final String ANY = "*";

	public SourceBounds {
		sources = List.copyOf(sources);
		contentIdPrefixes = List.copyOf(contentIdPrefixes);
	}

	/**
	 * What the token of an HTTP source may write.
	 * @param source the source, as configured under {@code ingest.http.sources}
	 * @return its bounds
	 */
	public static SourceBounds ofToken(IngestProperties.Source source) {
		return new SourceBounds("the token of " + source.name(), source.sources(), source.contentIdPrefixes());
	}

	/**
	 * Why an event is outside these bounds, if it is.
	 * @param source the event's CloudEvent source
	 * @param contentId the item it writes
	 * @return what was refused, or empty when the event may be written
	 */
	public Optional<Refusal> refusal(String source, String contentId) {
		if (!this.sources.contains(ANY) && !this.sources.contains(source)) {
			return Optional.of(new Refusal("source", source, this.sources, this.owner
					+ " may not send events of source '" + source + "'; it allows the sources " + this.sources));
		}
		if (!this.contentIdPrefixes.contains(ANY) && this.contentIdPrefixes.stream().noneMatch(contentId::startsWith)) {
			return Optional.of(new Refusal("contentId", contentId, this.contentIdPrefixes,
					this.owner + " may not write content id '" + contentId + "'; it allows content ids beginning with "
							+ this.contentIdPrefixes));
		}
		return Optional.empty();
	}

	/**
	 * An event outside the bounds.
	 *
	 * @param refused the attribute that is out of bounds: {@code source} or
	 * {@code contentId}
	 * @param value its value in the event
	 * @param allowed what the bounds allow for it
	 * @param reason all of that in one sentence
	 */
	public record Refusal(String refused, String value, List<String> allowed, String reason) {

		public Refusal {
			allowed = List.copyOf(allowed);
		}

	}

}

package org.newsroom.pipeline.local.bench;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import org.newsroom.pipeline.contract.cms.CmsContent;
import org.newsroom.pipeline.contract.cms.ContentKind;
import org.newsroom.pipeline.contract.json.ContractJson;
import org.newsroom.pipeline.contract.synthetic.SyntheticArticles;
import org.newsroom.pipeline.local.demo.SampleRecord;

/**
 * Synthetic CMS items: 80 % articles of about 5 KB, German and English in turn, and 20 %
 * copies of the sample podcast episode, each with its own content id.
 */
final class SyntheticContent {

	private final String runId;

	private final CmsContent episode;

	private SyntheticContent(String runId, CmsContent episode) {
		this.runId = runId;
		this.episode = episode;
	}

	/**
	 * Content for one run; the ids start with the run id so that runs on one stack do not
	 * mix.
	 * @param runId e.g. {@code bench-1718000000-noop}
	 * @return the generator
	 * @throws IOException if the packaged sample episode cannot be read
	 */
	static SyntheticContent forRun(String runId) throws IOException {
		String value = SampleRecord.packaged().get(0).value();
		return new SyntheticContent(runId, ContractJson.mapper().readValue(value, CmsContent.class));
	}

	/**
	 * The id of the item with a number.
	 * @param index the item's number in the run
	 * @return the content id
	 */
	String contentId(int index) {
		return this.runId + "-" + index;
	}

	/**
	 * The CMS payload of the item with a number: every fifth an episode, the others
	 * articles, German and English in turn.
	 * @param index the item's number in the run
	 * @return the JSON value of the CMS event
	 */
	String payload(int index) {
		CmsContent content = ((index % 5) == 4) ? episode(index) : article(index, (index % 2) == 0);
		return ContractJson.mapper().writeValueAsString(content);
	}

	private CmsContent article(int index, boolean german) {
		String headline = german ? "Haushalt: Regierung legt Entwurf vor (" + index + ")"
				: "Budget: government presents its plan (" + index + ")";
		return new CmsContent(contentId(index), ContentKind.ARTICLE, 1, headline, null,
				SyntheticArticles.body(german, index), List.of(german ? "Anja Krüger" : "Maria Lopez"),
				german ? "wirtschaft" : "international", List.of("Haushalt"), null,
				"https://www.example.org/bench/" + contentId(index), Instant.now(), null, null, null, null, null, null,
				null, null);
	}

	private CmsContent episode(int index) {
		CmsContent e = this.episode;
		return new CmsContent(contentId(index), ContentKind.EPISODE, 1, e.headline() + " (" + index + ")",
				e.description(), e.body(), e.authors(), e.section(), e.tags(), e.language(), e.canonicalUrl(),
				Instant.now(), null, e.show(), e.audio(), e.speakers(), e.transcriptUrl(), e.chaptersUrl(), null, null);
	}

}

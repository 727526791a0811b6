package org.newsroom.pipeline.enrich.chain;

import org.newsroom.pipeline.enrich.enrichment.EnricherChains;

import java.time.Instant;
import java.util.List;

import org.newsroom.pipeline.contract.cms.CmsContent;
import org.newsroom.pipeline.contract.cms.ContentKind;
import org.newsroom.pipeline.contract.events.CmsEventRef;
import org.newsroom.pipeline.contract.events.ContentIngested;
import org.newsroom.pipeline.contract.json.ContractJson;
import org.newsroom.pipeline.contract.samples.SampleTraffic;
import org.newsroom.pipeline.enrich.keywords.InMemoryDocumentFrequencies;

/**
 * Items and one shared standard chain for tests, so models load once per test JVM.
 */
public final class TestItems {

	private static EnricherChain standard;

	private TestItems() {
	}

	public static synchronized EnricherChain standardChain() {
		if (standard == null) {
			standard = EnricherChains.standard(new InMemoryDocumentFrequencies());
		}
		return standard;
	}

	public static ContentIngested sample(int number) {
		SampleTraffic.SampleRecord record = SampleTraffic.records().get(number - 1);
		CmsContent content = ContractJson.mapper().readValue(record.value(), CmsContent.class);
		return ingested(content);
	}

	public static ContentIngested article(String id, String language, String headline, String html) {
		return article(id, language, headline, html, Instant.parse("2024-11-20T10:00:00Z"));
	}

	public static ContentIngested article(String id, String language, String headline, String html, Instant published) {
		return ingested(new CmsContent(id, ContentKind.ARTICLE, 1, headline, null, html, List.of(), "politik",
				List.of(), language, null, published, null, null, null, null, null, null, null, null));
	}

	public static ContentIngested ingested(CmsContent content) {
		Instant now = Instant.parse("2024-11-25T12:00:00Z");
		return new ContentIngested(content.contentId(), content.revision(), content,
				new CmsEventRef("evt-" + content.contentId(), "cms", "news.content.published", now), now);
	}

}

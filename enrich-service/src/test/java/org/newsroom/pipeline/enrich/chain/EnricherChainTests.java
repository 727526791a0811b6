package org.newsroom.pipeline.enrich.chain;

import org.newsroom.pipeline.enrich.enrichment.EnricherChains;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.newsroom.pipeline.contract.events.ContentEnriched.EnricherRun;
import org.newsroom.pipeline.enrich.text.TextEnricher;

import static org.assertj.core.api.Assertions.assertThat;

class EnricherChainTests {

	@Test
	void recordsAFailingEnricherAndLetsTheItemFlowOn() {
		EnricherChain chain = new EnricherChain(List.of(new Throwing(), new TextEnricher()));
		EnrichmentResult result = chain.enrich(TestItems.article("a-1", "de", "Titel", "<p>Ein Text.</p>"));
		assertThat(result.item().bodyText()).isEqualTo("Ein Text.");
		assertThat(result.item().wordcount()).isEqualTo(2);
		assertThat(result.hasFailures()).isTrue();
		EnricherRun failed = result.provenance().get(0);
		assertThat(failed.enricher()).isEqualTo("broken");
		assertThat(failed.version()).isEqualTo("0.1");
		assertThat(failed.outcome()).isEqualTo("failed");
		assertThat(failed.error()).isEqualTo("model exploded");
		assertThat(failed.durationMicros()).isNotNegative();
		assertThat(result.provenance().get(1).outcome()).isEqualTo("ok");
	}

	@Test
	void fillsTheItemFromTheCmsFields() {
		EnrichmentResult result = EnricherChains.noop().enrich(TestItems.sample(2));
		assertThat(result.item().uri()).isEqualTo("urn:newsroom:content:art-2024-11-bahn-streik");
		assertThat(result.item().type()).isEqualTo("text");
		assertThat(result.item().tags()).containsExactly("Bahn", "Streik");
		assertThat(result.item().canonicalUrl()).endsWith("/lokfuehrer-streik");
		assertThat(result.item().firstcreated()).isEqualTo(Instant.parse("2024-11-15T09:30:00Z"));
		assertThat(result.item().versioncreated()).isNotNull();
		assertThat(result.item().speakers()).isNull();
		assertThat(result.provenance()).extracting(EnricherRun::enricher).containsExactly("text");
	}

	@Test
	void releasesAnEmbargoOnceItHasPassed() {
		Clock after = Clock.fixed(Instant.parse("2099-01-02T00:00:00Z"), ZoneOffset.UTC);
		EnricherChain chain = new EnricherChain(List.of(new TextEnricher()), after);
		assertThat(chain.enrich(TestItems.sample(6)).item().pubstatus()).isEqualTo("usable");
	}

	@Test
	void exposesAVersionMadeOfItsEnrichers() {
		assertThat(TestItems.standardChain().version()).startsWith("text:1.0+dateline:1.0+language:1.0")
			.contains("entities:1.1", "keywords:1.0", "topics:1.0", "summary:1.0", "episode:1.0");
	}

	private static final class Throwing implements Enricher {

		@Override
		public String name() {
			return "broken";
		}

		@Override
		public String version() {
			return "0.1";
		}

		@Override
		public void enrich(EnrichmentContext ctx) {
			throw new IllegalStateException("model exploded");
		}

	}

}

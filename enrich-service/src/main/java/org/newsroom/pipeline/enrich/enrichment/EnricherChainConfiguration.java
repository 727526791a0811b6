package org.newsroom.pipeline.enrich.enrichment;

import com.mongodb.client.MongoDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.newsroom.pipeline.enrich.EnrichProperties;
import org.newsroom.pipeline.enrich.chain.EnricherChain;
import org.newsroom.pipeline.enrich.keywords.BufferedDocumentFrequencies;
import org.newsroom.pipeline.enrich.keywords.MongoDocumentFrequencies;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the enricher chain once at start-up, with its models and data.
 */
@Configuration(proxyBeanMethods = false)
class EnricherChainConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EnricherChainConfiguration.class);

	@Bean
	BufferedDocumentFrequencies documentFrequencies(EnrichProperties properties, MongoDatabase database) {
		return new BufferedDocumentFrequencies(new MongoDocumentFrequencies(database),
				properties.frequenciesFlushInterval());
	}

	@Bean
	EnricherChain enricherChain(EnrichProperties properties, BufferedDocumentFrequencies frequencies) {
		long start = System.nanoTime();
		EnricherChain chain = "noop".equals(properties.profile()) ? EnricherChains.noop()
				: EnricherChains.standard(frequencies, properties.gazetteerExtension());
		log.info("Loaded enricher chain {} in {} ms", chain.version(), (System.nanoTime() - start) / 1_000_000);
		return chain;
	}

}

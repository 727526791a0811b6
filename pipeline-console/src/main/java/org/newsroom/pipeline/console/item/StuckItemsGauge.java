package org.newsroom.pipeline.console.item;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * The gauge {@code pipeline.items.stuck}: items accepted but without progress for longer
 * than {@code console.items.stuck-after}, counted in MongoDB at each scrape.
 */
@Component
class StuckItemsGauge {

	static final String GAUGE = "pipeline.items.stuck";

	StuckItemsGauge(ItemList items, MeterRegistry registry) {
		Gauge.builder(GAUGE, items, ItemList::stuck)
			.description("Items accepted but without progress for longer than console.items.stuck-after")
			.register(registry);
	}

}

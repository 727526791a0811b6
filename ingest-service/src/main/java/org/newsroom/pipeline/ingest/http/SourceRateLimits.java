package org.newsroom.pipeline.ingest.http;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.micrometer.core.instrument.MeterRegistry;

import org.newsroom.pipeline.ingest.IngestProperties;
import org.springframework.stereotype.Component;

/**
 * Limits how many events each CMS source posts, one Resilience4j rate limiter per source;
 * a source over its limit is told how long to wait instead of being held.
 */
@Component
class SourceRateLimits {

	private final Map<IngestProperties.Source, RateLimiter> limiters = new HashMap<>();

	private final MeterRegistry registry;

	SourceRateLimits(IngestProperties properties, MeterRegistry registry) {
		this.registry = registry;
		for (IngestProperties.Source source : properties.http().sources()) {
			IngestProperties.RateLimit limit = properties.http().rateLimitOf(source);
			this.limiters.put(source,
					RateLimiter.of("ingest-http-" + source.name(),
							RateLimiterConfig.custom()
								.limitForPeriod(limit.limitForPeriod())
								.limitRefreshPeriod(limit.limitRefreshPeriod())
								.timeoutDuration(Duration.ZERO)
								.build()));
		}
	}

	/**
	 * Takes a permission for one request of a source.
	 * @param source a configured source
	 * @return empty when it may post now; otherwise the limit's period, the longest it
	 * has to wait for the next permissions
	 */
	Optional<Duration> retryAfter(IngestProperties.Source source) {
		RateLimiter limiter = this.limiters.get(source);
		if (limiter.acquirePermission()) {
			return Optional.empty();
		}
		this.registry.counter("pipeline.ingest.http.rate-limited", "source", source.name()).increment();
		return Optional.of(limiter.getRateLimiterConfig().getLimitRefreshPeriod());
	}

}

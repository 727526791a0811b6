package org.newsroom.pipeline.ingest.http;

import java.time.Duration;

import org.newsroom.pipeline.ingest.IngestProperties;
import org.newsroom.pipeline.ingest.sources.SourceBounds;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * The ingress's refusals of a known source as problem details (RFC 9457, formerly 7807):
 * what was refused, and what the source may do instead.
 */
final class IngressProblems {

	private IngressProblems() {
	}

	/**
	 * An event outside what the token may write.
	 * @param refusal what was refused and what the token allows
	 * @return 403 naming both
	 */
	static ResponseEntity<ProblemDetail> forbidden(SourceBounds.Refusal refusal) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, refusal.reason());
		problem.setProperty("refused", refusal.refused());
		problem.setProperty("value", refusal.value());
		problem.setProperty("allowed", refusal.allowed());
		return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
	}

	/**
	 * A request over the source's rate limit, answered before its body is read so that a
	 * flood costs little more than its headers.
	 * @param source the source
	 * @param wait how long it has to wait at most
	 * @return 429 with {@code Retry-After} in whole seconds
	 */
	static ResponseEntity<ProblemDetail> tooManyRequests(IngestProperties.Source source, Duration wait) {
		long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
				"source " + source.name() + " posts faster than its rate limit allows; retry after " + seconds + " s");
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
			.body(problem);
	}

}

package org.newsroom.pipeline.ingest.http;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.newsroom.pipeline.contract.EventTypes;
import org.newsroom.pipeline.contract.audit.AuditAction;
import org.newsroom.pipeline.contract.audit.AuditOutcome;
import org.newsroom.pipeline.contract.validation.Violation;
import org.newsroom.pipeline.ingest.IngestProperties;
import org.newsroom.pipeline.ingest.sources.SourceBounds;
import org.newsroom.pipeline.ingest.intake.ContentStore;
import org.newsroom.pipeline.ingest.intake.StoredItem;
import org.newsroom.pipeline.ingest.intake.CmsEvent;
import org.newsroom.pipeline.ingest.intake.CmsEventReader;
import org.newsroom.pipeline.support.audit.AuditEntry;
import org.newsroom.pipeline.support.audit.AuditTrail;
import org.newsroom.pipeline.support.kafka.TransientFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * HTTP ingress for a CMS that cannot produce to Kafka: a CloudEvent in structured or
 * binary HTTP mode, authenticated by the source's bearer token, answered with 202 only
 * once the broker has the record, with 429 for a source over its rate limit, with 403 for
 * an event the token may not write, and with 409 for a withdrawal that cannot take
 * effect.
 */
@RestController
class EventIngressController {

	private static final Logger log = LoggerFactory.getLogger(EventIngressController.class);

	private final SourceTokens tokens;

	private final SourceRateLimits rateLimits;

	private final CmsEventReader reader;

	private final CmsTopicProducer producer;

	private final ContentStore store;

	private final long maxRequestBytes;

	private final AuditTrail audit;

	EventIngressController(SourceTokens tokens, SourceRateLimits rateLimits, CmsEventReader reader,
			CmsTopicProducer producer, ContentStore store, IngestProperties properties, AuditTrail audit) {
		this.tokens = tokens;
		this.audit = audit;
		this.rateLimits = rateLimits;
		this.reader = reader;
		this.producer = producer;
		this.store = store;
		this.maxRequestBytes = properties.http().maxRequestSize().toBytes();
	}

	@PostMapping("/api/v1/events")
	ResponseEntity<?> post(HttpServletRequest request) throws IOException {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		Optional<IngestProperties.Source> source = this.tokens.source(authorization);
		if (source.isEmpty()) {
			this.audit.record(AuditEntry.of(AuditAction.LOGIN_FAILED, "CMS token", "ingress"), AuditOutcome.DENIED,
					((authorization == null) ? "no bearer token" : "no configured source has this token") + " from "
							+ request.getRemoteAddr());
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
				.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"cms\"")
				.body(IngressAnswer.error("a valid bearer token of a configured CMS source is required"));
		}
		Optional<Duration> wait = this.rateLimits.retryAfter(source.get());
		if (wait.isPresent()) {
			return IngressProblems.tooManyRequests(source.get(), wait.get());
		}
		byte[] body = readBounded(request);
		if (body == null) {
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
				.body(IngressAnswer.error("request is larger than " + this.maxRequestBytes + " bytes"));
		}
		CmsEvent event = this.reader.fromHttp(headers(request), body);
		if (!event.accepted()) {
			return ResponseEntity.badRequest().body(IngressAnswer.invalid(event.violations()));
		}
		return admit(source.get(), event);
	}

	/**
	 * Sends a valid event the token may write; what it may not write is refused before
	 * anything about the item is looked up.
	 */
	private ResponseEntity<?> admit(IngestProperties.Source source, CmsEvent event) {
		String contentId = event.content().contentId();
		Optional<SourceBounds.Refusal> outOfBounds = SourceBounds.ofToken(source)
			.refusal(event.event().source(), contentId);
		if (outOfBounds.isPresent()) {
			log.warn("Refused event {} for {} from source {}: {}", event.event().id(), contentId, source.name(),
					outOfBounds.get().reason());
			return IngressProblems.forbidden(outOfBounds.get());
		}
		Optional<String> refused = refusal(event);
		if (refused.isPresent()) {
			return ResponseEntity.status(HttpStatus.CONFLICT).body(IngressAnswer.refused(refused.get()));
		}
		return send(source, event);
	}

	private ResponseEntity<IngressAnswer> send(IngestProperties.Source source, CmsEvent event) {
		String contentId = event.content().contentId();
		try {
			RecordMetadata sent = this.producer.send(contentId, event.event());
			log.info("Accepted event {} for {} from source {}", event.event().id(), contentId, source.name());
			return ResponseEntity.accepted().body(IngressAnswer.accepted(event.event().id(), contentId, sent));
		}
		catch (TransientFailureException ex) {
			log.warn("Could not hand event {} to the broker", event.event().id(), ex);
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header(HttpHeaders.RETRY_AFTER, "5")
				.body(IngressAnswer.error("the broker is unavailable; retry later"));
		}
	}

	/**
	 * Why a withdrawal cannot take effect against what is stored now; the intake checks
	 * again when the record arrives, and dead-letters it if it still cannot.
	 */
	private Optional<String> refusal(CmsEvent event) {
		if (!EventTypes.WITHDRAWN.equals(event.event().type())) {
			return Optional.empty();
		}
		String contentId = event.content().contentId();
		StoredItem stored = this.store.find(List.of(contentId)).get(contentId);
		return (stored != null) ? stored.refusesWithdrawal(event.content().revision()) : Optional.empty();
	}

	private byte[] readBounded(HttpServletRequest request) throws IOException {
		if (request.getContentLengthLong() > this.maxRequestBytes) {
			return null;
		}
		try (InputStream in = request.getInputStream()) {
			byte[] body = in.readNBytes((int) Math.min(this.maxRequestBytes + 1, Integer.MAX_VALUE));
			return (body.length > this.maxRequestBytes) ? null : body;
		}
	}

	private static Map<String, String> headers(HttpServletRequest request) {
		Map<String, String> headers = new LinkedHashMap<>();
		request.getHeaderNames().asIterator().forEachRemaining((name) -> headers.put(name, request.getHeader(name)));
		return headers;
	}

	/**
	 * The answer to a CMS.
	 *
	 * @param status accepted, invalid or error
	 * @param id the CloudEvent id, when accepted
	 * @param contentId the item, when accepted
	 * @param partition the partition the record landed in
	 * @param offset its offset
	 * @param message what went wrong
	 * @param violations every violation of an invalid event
	 */
	record IngressAnswer(String status, String id, String contentId, Integer partition, Long offset, String message,
			List<Violation> violations) {

		static IngressAnswer accepted(String id, String contentId, RecordMetadata sent) {
			return new IngressAnswer("accepted", id, contentId, sent.partition(), sent.offset(), null, null);
		}

		static IngressAnswer invalid(List<Violation> violations) {
			return new IngressAnswer("invalid", null, null, null, null, "the event is invalid", violations);
		}

		static IngressAnswer refused(String message) {
			return new IngressAnswer("refused", null, null, null, null, message, null);
		}

		static IngressAnswer error(String message) {
			return new IngressAnswer("error", null, null, null, null, message, null);
		}

	}

}

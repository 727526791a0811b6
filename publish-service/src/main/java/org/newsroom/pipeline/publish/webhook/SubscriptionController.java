package org.newsroom.pipeline.publish.webhook;

import java.net.URI;
import java.util.List;

import org.newsroom.pipeline.publish.webhook.SubscriptionViews.Created;
import org.newsroom.pipeline.publish.webhook.SubscriptionViews.Rotated;
import org.newsroom.pipeline.publish.webhook.SubscriptionViews.View;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The webhook subscriptions API; operators change, viewers read.
 */
@RestController
@RequestMapping("/api/v1/subscriptions")
class SubscriptionController {

	private final Subscriptions subscriptions;

	private final TargetGuard guard;

	SubscriptionController(Subscriptions subscriptions, TargetGuard guard) {
		this.subscriptions = subscriptions;
		this.guard = guard;
	}

	@PostMapping
	ResponseEntity<?> create(@RequestBody SubscriptionRequest request) {
		String problem = request.problem(this.guard);
		if (problem != null) {
			return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, problem));
		}
		Subscription created = this.subscriptions.create(request);
		return ResponseEntity.created(URI.create("/api/v1/subscriptions/" + created.id()))
			.body(new Created(View.of(created), created.secrets().get(0).value()));
	}

	@GetMapping
	List<View> list() {
		return this.subscriptions.all().stream().map(View::of).toList();
	}

	@GetMapping("/{id}")
	ResponseEntity<View> get(@PathVariable String id) {
		return ResponseEntity.of(this.subscriptions.find(id).map(View::of));
	}

	@PostMapping("/{id}/rotate-secret")
	ResponseEntity<Rotated> rotate(@PathVariable String id) {
		return ResponseEntity.of(this.subscriptions.rotateSecret(id)
			.map((s) -> new Rotated(s.id(), s.secrets().get(0).value(),
					(s.secrets().size() > 1) ? s.secrets().get(1).expiresAt() : null)));
	}

	@PostMapping("/{id}/disable")
	ResponseEntity<View> disable(@PathVariable String id) {
		return this.subscriptions.disable(id, "disabled by an operator") ? get(id) : ResponseEntity.notFound().build();
	}

	@PostMapping("/{id}/enable")
	ResponseEntity<View> enable(@PathVariable String id) {
		return this.subscriptions.enable(id) ? get(id) : ResponseEntity.notFound().build();
	}

}

package org.newsroom.pipeline.publish.webhook.subscription;

import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Optional;

import org.newsroom.pipeline.contract.audit.AuditAction;
import org.newsroom.pipeline.contract.audit.AuditOutcome;

import org.newsroom.pipeline.publish.webhook.subscription.SubscriptionViews.Created;
import org.newsroom.pipeline.publish.webhook.subscription.SubscriptionViews.Rotated;
import org.newsroom.pipeline.publish.webhook.subscription.SubscriptionViews.View;
import org.newsroom.pipeline.publish.webhook.target.TargetGuard;
import org.newsroom.pipeline.support.audit.AuditEntry;
import org.newsroom.pipeline.support.audit.AuditTrail;
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
 * The webhook subscriptions API; operators change, viewers read. Every change goes on the
 * audit trail with who made it, never with a secret.
 */
@RestController
@RequestMapping("/api/v1/subscriptions")
class SubscriptionController {

	private final Subscriptions subscriptions;

	private final TargetGuard guard;

	private final AuditTrail audit;

	SubscriptionController(Subscriptions subscriptions, TargetGuard guard, AuditTrail audit) {
		this.subscriptions = subscriptions;
		this.guard = guard;
		this.audit = audit;
	}

	@PostMapping
	ResponseEntity<?> create(@RequestBody SubscriptionRequest request, Principal principal) {
		String problem = request.problem(this.guard);
		if (problem != null) {
			audit(AuditAction.CREATE_SUBSCRIPTION, principal, "new subscription", AuditOutcome.DENIED, problem);
			return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, problem));
		}
		Subscription created = this.subscriptions.create(request);
		audit(AuditAction.CREATE_SUBSCRIPTION, principal, created.id(), AuditOutcome.DONE, null);
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
	ResponseEntity<Rotated> rotate(@PathVariable String id, Principal principal) {
		Optional<Rotated> rotated = this.subscriptions.rotateSecret(id)
			.map((s) -> new Rotated(s.id(), s.secrets().get(0).value(),
					(s.secrets().size() > 1) ? s.secrets().get(1).expiresAt() : null));
		audit(AuditAction.ROTATE_SECRET, principal, id, outcome(rotated.isPresent()),
				rotated
					.map((r) -> (r.previousSecretsValidUntil() != null)
							? "the previous secret still signs until " + r.previousSecretsValidUntil() : null)
					.orElse(null));
		return ResponseEntity.of(rotated);
	}

	@PostMapping("/{id}/disable")
	ResponseEntity<View> disable(@PathVariable String id, Principal principal) {
		boolean done = this.subscriptions.disable(id, "disabled by " + principal.getName());
		audit(AuditAction.DISABLE_SUBSCRIPTION, principal, id, outcome(done), null);
		return done ? get(id) : ResponseEntity.notFound().build();
	}

	@PostMapping("/{id}/enable")
	ResponseEntity<View> enable(@PathVariable String id, Principal principal) {
		boolean done = this.subscriptions.enable(id);
		audit(AuditAction.ENABLE_SUBSCRIPTION, principal, id, outcome(done), null);
		return done ? get(id) : ResponseEntity.notFound().build();
	}

	private void audit(AuditAction action, Principal principal, String subscription, AuditOutcome outcome,
			String detail) {
		this.audit.record(AuditEntry.of(action, principal.getName(), "subscription:" + subscription), outcome,
				(outcome == AuditOutcome.NOTHING_TO_DO) ? "no such subscription" : detail);
	}

	private static AuditOutcome outcome(boolean done) {
		return done ? AuditOutcome.DONE : AuditOutcome.NOTHING_TO_DO;
	}

}

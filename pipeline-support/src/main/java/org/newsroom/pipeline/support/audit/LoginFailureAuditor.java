package org.newsroom.pipeline.support.audit;

import org.newsroom.pipeline.contract.audit.AuditAction;
import org.newsroom.pipeline.contract.audit.AuditOutcome;
import org.springframework.context.ApplicationListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Puts every failed login, by form or by HTTP basic, on the audit trail with the name
 * that was tried and where it came from; the password tried is never recorded.
 */
public class LoginFailureAuditor implements ApplicationListener<AbstractAuthenticationFailureEvent> {

	private final AuditTrail trail;

	public LoginFailureAuditor(AuditTrail trail) {
		this.trail = trail;
	}

	@Override
	public void onApplicationEvent(AbstractAuthenticationFailureEvent event) {
		String name = event.getAuthentication().getName();
		String detail = event.getException().getClass().getSimpleName();
		if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails web) {
			detail += " from " + web.getRemoteAddress();
		}
		this.trail.record(AuditEntry.of(AuditAction.LOGIN_FAILED, name, "login"), AuditOutcome.DENIED, detail);
	}

}

package org.newsroom.pipeline.console.web;

import org.newsroom.pipeline.support.security.Roles;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells every page who is logged in and whether they may act, so viewers see no buttons
 * they could not use.
 */
@ControllerAdvice(annotations = Controller.class)
class ConsoleModelAdvice {

	@ModelAttribute("user")
	String user(Authentication authentication) {
		return (authentication != null) ? authentication.getName() : null;
	}

	@ModelAttribute("canOperate")
	boolean canOperate(Authentication authentication) {
		return authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch((authority) -> ("ROLE_" + Roles.OPERATOR).equals(authority.getAuthority()));
	}

}

package org.newsroom.pipeline.console.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The console's own login page; Spring Security handles the form post.
 */
@Controller
class LoginController {

	@GetMapping(ConsoleSecurityConfiguration.LOGIN)
	String login() {
		return "login";
	}

}

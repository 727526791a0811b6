/**
 * The webhook target guard against SSRF: which URLs a webhook may go to, and the checked
 * addresses the HTTP client alone may connect to.
 */
package org.newsroom.pipeline.publish.webhook.target;
